// Contrast and text size without a page reload. The links work without this script:
// each one sets the same cookie on the server and comes back to the page.
(function () {
    "use strict";

    var COOKIES = { contrast: "contrast", "text-size": "text_size" };
    var MAX_AGE = 365 * 24 * 60 * 60;

    function setCookie(name, value) {
        var secure = window.location.protocol === "https:" ? "; Secure" : "";
        document.cookie = name + "=" + value + "; Max-Age=" + MAX_AGE + "; Path=/; SameSite=Lax" + secure;
    }

    function applyContrast(link, high) {
        document.documentElement.classList.toggle("contrast-high", high);
        link.textContent = high ? link.dataset.labelHigh : link.dataset.labelNormal;
        link.href = link.href.replace(/\/contrast\/(high|normal)\//, high ? "/contrast/normal/" : "/contrast/high/");
    }

    function applyTextSize(value) {
        var root = document.documentElement;
        ["normal", "large", "larger"].forEach(function (size) {
            root.classList.toggle("text-" + size, size === value);
        });
        document.querySelectorAll('[data-display-preference="text-size"]').forEach(function (link) {
            if (link.dataset.value === value) {
                link.setAttribute("aria-current", "true");
            } else {
                link.removeAttribute("aria-current");
            }
        });
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-display-preference]");
        if (!link) {
            return;
        }
        event.preventDefault();
        var name = link.dataset.displayPreference;
        if (name === "contrast") {
            var high = !document.documentElement.classList.contains("contrast-high");
            setCookie(COOKIES.contrast, high ? "high" : "normal");
            applyContrast(link, high);
        } else {
            setCookie(COOKIES[name], link.dataset.value);
            applyTextSize(link.dataset.value);
        }
    });
})();
