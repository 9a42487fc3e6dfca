/*
 * Title suggestions under every search box marked data-search-suggest="<api url>".
 * Progressive enhancement: without this script the box is a plain GET form.
 * ARIA 1.2 combobox: arrow keys move through the suggestions, Enter opens the chosen
 * one, Escape closes the list.
 */
(function () {
    "use strict";

    var DELAY_MS = 200;
    var MIN_LENGTH = 2;

    function setup(input, index) {
        var url = input.getAttribute("data-search-suggest");
        var list = document.createElement("ul");
        var listId = "search-suggestions-" + index;
        var timer = null;
        var active = -1;
        var items = [];
        var lastQuery = "";

        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.hidden = true;
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.parentNode.appendChild(list);
        input.parentNode.classList.add("search-suggest-host");

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(position) {
            items.forEach(function (item, i) {
                item.setAttribute("aria-selected", i === position ? "true" : "false");
            });
            active = position;
            if (position >= 0) {
                input.setAttribute("aria-activedescendant", items[position].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(suggestions) {
            list.textContent = "";
            items = suggestions.map(function (suggestion, i) {
                var item = document.createElement("li");
                var link = document.createElement("a");
                item.id = listId + "-" + i;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                link.href = suggestion.url;
                link.textContent = suggestion.title;
                link.tabIndex = -1;
                item.appendChild(link);
                list.appendChild(item);
                return item;
            });
            if (items.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                active = -1;
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) {
                close();
                return;
            }
            if (query === lastQuery) {
                return;
            }
            lastQuery = query;
            fetch(url + "?q=" + encodeURIComponent(query), {
                headers: { Accept: "application/json" },
                credentials: "same-origin"
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(data.suggestions || []);
                    }
                })
                .catch(close);
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden || !items.length) {
                return;
            }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight((active + 1) % items.length);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Escape") {
                close();
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.assign(items[active].querySelector("a").href);
            }
        });
        input.addEventListener("blur", function () {
            // Let a click on a suggestion land first.
            window.setTimeout(close, 150);
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var inputs = document.querySelectorAll("input[data-search-suggest]");
        Array.prototype.forEach.call(inputs, setup);
    });
})();
