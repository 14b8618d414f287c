/* 大字 and high-contrast switches, and "/" to search. The site's only script outside slides and search: external (CSP-safe), under
   1 KiB, cached once. It applies the saved choice before the page paints, then reveals the two buttons. Without it
   the page is complete, and the browser's zoom and the system's contrast setting (prefers-contrast) still work. */
(function () {
  var d = document.documentElement, key = 'honor-roll-prefs', p = {};
  try { p = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { p = {}; }
  function apply() {
    if (p.size) d.setAttribute('data-size', p.size); else d.removeAttribute('data-size');
    if (p.contrast) d.setAttribute('data-contrast', p.contrast); else d.removeAttribute('data-contrast');
  }
  apply();
  // "/" jumps to the search box from anywhere, as on most sites.
  document.addEventListener('keydown', function (e) {
    var t = e.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (e.key !== '/' || typing || e.ctrlKey || e.metaKey || e.altKey) return;
    var box = document.getElementById('q') || document.getElementById('site-search');
    if (box) { e.preventDefault(); box.focus(); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-prefs]');
    if (!box) return;
    var buttons = box.querySelectorAll('button[data-pref]');
    function sync() {
      for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(p[buttons[i].dataset.pref] === buttons[i].dataset.value));
    }
    for (var i = 0; i < buttons.length; i++) buttons[i].addEventListener('click', function () {
      var k = this.dataset.pref, v = this.dataset.value;
      p[k] = p[k] === v ? '' : v;
      try { localStorage.setItem(key, JSON.stringify(p)); } catch (e) { /* private mode: works for this page */ }
      apply(); sync();
    });
    sync();
    box.hidden = false;
  });
})();
