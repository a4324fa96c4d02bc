// Progressive enhancements for the console. Loaded from 'self' (CSP: no inline scripts); every page works without it.
(function () {
    "use strict";

    // Copy buttons are hidden in the markup and shown only when the clipboard can be used.
    function enableCopyButtons(root) {
        if (!navigator.clipboard) {
            return;
        }
        root.querySelectorAll("button[data-copy]").forEach(function (button) {
            button.hidden = false;
            if (button.dataset.copyReady) {
                return;
            }
            button.dataset.copyReady = "true";
            var label = button.textContent;
            button.addEventListener("click", function () {
                var source = document.getElementById(button.dataset.copy);
                if (!source) {
                    return;
                }
                navigator.clipboard.writeText(source.textContent.trim()).then(function () {
                    button.textContent = "Copied";
                    window.setTimeout(function () { button.textContent = label; }, 2000);
                });
            });
        });
    }

    // Only one gear menu open at a time; Escape closes it and returns focus to its button.
    function enableMenus() {
        document.addEventListener("click", function (event) {
            document.querySelectorAll("details.menu[open]").forEach(function (menu) {
                if (!menu.contains(event.target)) {
                    menu.open = false;
                }
            });
        });
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") {
                return;
            }
            document.querySelectorAll("details.menu[open]").forEach(function (menu) {
                menu.open = false;
                menu.querySelector("summary").focus();
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        enableCopyButtons(document);
        enableMenus();
    });
})();
