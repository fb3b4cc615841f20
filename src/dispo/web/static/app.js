// dispo dashboard: small progressive enhancements; every page works without them.
"use strict";

(function () {
  // Overview: picking a named period shows it at once; "Custom" waits for the dates.
  document.querySelectorAll("form.period input[name=period]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      if (radio.value !== "custom") radio.form.submit();
    });
  });
  document.querySelectorAll("form.period input[type=date]").forEach(function (input) {
    input.addEventListener("change", function () {
      var custom = document.getElementById("period-custom");
      if (custom) custom.checked = true;
    });
  });

  // Calls: refresh rows of live calls, and tell when newer calls arrived.
  var table = document.getElementById("calls");
  if (table) {
    var since = table.getAttribute("data-since");
    var poll = function () {
      var live = Array.prototype.map.call(table.querySelectorAll("tr[data-live]"), function (tr) {
        return tr.getAttribute("data-id");
      });
      if (!live.length && !since) return;
      var url = "/calls/live?ids=" + encodeURIComponent(live.join(",")) +
        (since ? "&since=" + encodeURIComponent(since) : "");
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) return;
          Object.keys(data.rows).forEach(function (id) {
            var old = table.querySelector('tr[data-id="' + CSS.escape(id) + '"]');
            if (!old) return;
            var holder = document.createElement("tbody");
            holder.innerHTML = data.rows[id];
            var fresh = holder.firstElementChild;
            if (fresh && fresh.outerHTML !== old.outerHTML) {
              if (!fresh.hasAttribute("data-live")) fresh.classList.add("updated");
              old.replaceWith(fresh);
            }
          });
          var banner = document.getElementById("newer");
          if (banner && data.newer > 0) banner.hidden = false;
        })
        .catch(function () {});
    };
    setInterval(poll, 3000);
  }

  // Call detail: a live call's transcript grows; reload it while the call lasts.
  if (document.querySelector("[data-live-call]")) {
    setTimeout(function () { window.location.reload(); }, 4000);
  }
})();
