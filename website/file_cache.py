"""The file cache of a machine without Redis, culled now and then rather than on
every write.

Django's FileBasedCache lists its whole directory on every `set` to decide whether
it has grown past MAX_ENTRIES. With thousands of cached pages, routes and counts
that listing costs more than most pages do. Here one write in `cull_every`, drawn
at random so every worker process shares the work, checks; between checks the
directory may pass MAX_ENTRIES by about that many entries.
"""

import random

from django.core.cache.backends.filebased import FileBasedCache


class SampledCullFileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self.cull_every = int(params.get("OPTIONS", {}).get("CULL_EVERY", 100))

    def _cull(self):
        if random.randrange(self.cull_every) == 0:  # noqa: S311 # nosec B311
            super()._cull()
