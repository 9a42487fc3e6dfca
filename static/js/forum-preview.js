// Preview in place for the forum's post forms. Without JavaScript the preview
// button reloads the page, and a browser never keeps chosen files across a
// reload; here the preview is asked for in the background, so the files stay
// chosen. When the text has errors the form is sent the ordinary way, so the
// errors show exactly as without JavaScript.
(function () {
  "use strict";

  function previewOf(html) {
    var answer = new DOMParser().parseFromString(html, "text/html");
    if (answer.querySelector(".error-summary")) return null;
    return answer.querySelector(".forum-preview");
  }

  function show(form, section) {
    var shown = form.querySelector(".forum-preview");
    if (shown) {
      shown.replaceWith(section);
    } else {
      var anchor = form.querySelector(".forum-mention-suggestions");
      anchor.after(section);
    }
    section.focus();
  }

  function sendAsUsual(form, button) {
    form.setAttribute("data-preview-in-place", "off");
    form.requestSubmit(button);
  }

  function setUp(form) {
    var button = form.querySelector('button[name="preview"]');
    if (!button || !form.querySelector(".forum-mention-suggestions")) return;
    button.addEventListener("click", function (event) {
      if (form.getAttribute("data-preview-in-place") === "off") return;
      if (!form.reportValidity()) return;
      event.preventDefault();
      var data = new FormData(form);
      data.delete("attachments"); // a preview needs only the text
      data.set("preview", "1");
      button.setAttribute("aria-busy", "true");
      fetch(form.action, { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.text() : Promise.reject(response.status);
        })
        .then(function (html) {
          var section = previewOf(html);
          if (section) {
            show(form, document.importNode(section, true));
          } else {
            sendAsUsual(form, button);
          }
        })
        .catch(function () {
          sendAsUsual(form, button);
        })
        .finally(function () {
          button.removeAttribute("aria-busy");
        });
    });
  }

  document.querySelectorAll("form.forum-form").forEach(setUp);
})();
