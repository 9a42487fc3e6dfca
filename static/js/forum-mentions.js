// @mention autocomplete for the forum's post editors. Without JavaScript members
// type @handle themselves; this only suggests handles while they type.
(function () {
  "use strict";

  var TOKEN = /(^|[^\w@.])@([\w.-]{2,30})$/;

  function setUp(textarea) {
    var box = textarea.form && textarea.form.querySelector(".forum-mention-suggestions");
    if (!box) return;
    var url = box.getAttribute("data-mention-url");
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var listId = textarea.id + "-mentions";
    var results = [];
    var active = -1;
    var pending = null;

    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", box.getAttribute("data-label") || "@");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.appendChild(list);
    box.appendChild(status);
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-controls", listId);

    function token() {
      var before = textarea.value.slice(0, textarea.selectionStart);
      var match = TOKEN.exec(before);
      return match ? match[2] : null;
    }

    function close() {
      results = [];
      active = -1;
      list.textContent = "";
      box.hidden = true;
      textarea.removeAttribute("aria-activedescendant");
    }

    function choose(index) {
      var chosen = results[index];
      var caret = textarea.selectionStart;
      var before = textarea.value.slice(0, caret).replace(/@[\w.-]*$/, "@" + chosen.handle + " ");
      textarea.value = before + textarea.value.slice(caret);
      textarea.selectionStart = textarea.selectionEnd = before.length;
      close();
      textarea.focus();
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (item, i) {
        item.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      textarea.setAttribute("aria-activedescendant", listId + "-" + index);
    }

    function show(found) {
      results = found;
      list.textContent = "";
      found.forEach(function (person, index) {
        var item = document.createElement("li");
        item.id = listId + "-" + index;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = person.name + " (@" + person.handle + ")";
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(index);
        });
        list.appendChild(item);
      });
      box.hidden = found.length === 0;
      status.textContent = found.length ? found.length + " ↓" : "";
      active = -1;
    }

    textarea.addEventListener("input", function () {
      var query = token();
      if (!query) {
        close();
        return;
      }
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(query), {
        credentials: "same-origin",
        signal: pending.signal,
        headers: { Accept: "application/json" }
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { show(data.results || []); })
        .catch(function () {});
    });

    textarea.addEventListener("keydown", function (event) {
      if (!results.length) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % results.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight((active - 1 + results.length) % results.length);
      } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        close();
      }
    });

    textarea.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-mention-autocomplete]").forEach(setUp);
  });
})();
