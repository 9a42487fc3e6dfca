"""The machine-local file cache (website.file_cache): culled now and then."""

from pathlib import Path

from website.file_cache import SampledCullFileCache


def _cache(folder: Path, cull_every: int) -> SampledCullFileCache:
    return SampledCullFileCache(
        str(folder),
        {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2, "CULL_EVERY": cull_every}},
    )


def _entries(folder: Path) -> int:
    return len(list(folder.glob("*.djcache")))


def test_checking_on_every_write_keeps_the_cache_near_its_limit(tmp_path):
    cache = _cache(tmp_path, cull_every=1)

    for number in range(40):
        cache.set(f"key-{number}", number)

    assert _entries(tmp_path) <= 10


def test_writes_between_checks_do_not_list_the_directory(tmp_path):
    cache = _cache(tmp_path, cull_every=10**9)

    for number in range(40):
        cache.set(f"key-{number}", number)

    assert _entries(tmp_path) == 40
    assert cache.get("key-0") == 0


def test_the_setting_reaches_every_instance(tmp_path):
    params = {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_EVERY": 7}}

    first = SampledCullFileCache(str(tmp_path), params)
    second = SampledCullFileCache(str(tmp_path), params)

    assert first.cull_every == second.cull_every == 7
