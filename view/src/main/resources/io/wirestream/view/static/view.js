// Auto-refresh for pages marked data-refresh="SECONDS": fetches the same page and swaps its <main>,
// while the tab is visible and the "live" button is on. No framework; the server renders everything.
(function () {
  'use strict';
  var seconds = parseInt(document.body.getAttribute('data-refresh') || '0', 10);
  var button = document.getElementById('live');
  if (!seconds || !button) {
    return;
  }
  var live = true;
  button.addEventListener('click', function () {
    live = !live;
    button.setAttribute('aria-pressed', String(live));
    button.textContent = live ? 'live' : 'paused';
  });
  function refresh() {
    if (!live || document.visibilityState !== 'visible') {
      return;
    }
    fetch(window.location.href, { cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('main');
        var current = document.getElementById('main');
        if (fresh && current && fresh.innerHTML !== current.innerHTML) {
          current.innerHTML = fresh.innerHTML;
        }
        button.classList.add('tick');
        window.setTimeout(function () { button.classList.remove('tick'); }, 300);
      })
      .catch(function () { /* the server may be restarting; try again next time */ });
  }
  window.setInterval(refresh, seconds * 1000);
}());
