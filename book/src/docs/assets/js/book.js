// The book's small interactive parts, all offline: theme toggle, search, copy buttons,
// figures shown full size.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js'); // the stylesheet folds the phone menu only when this script runs
  var here = document.currentScript ? document.currentScript.src : '';

  // ---- theme: follows the reader's system setting until they pick one ----
  var THEMES = ['auto', 'light', 'dark'];
  function applyTheme(theme) {
    if (theme === 'auto') root.removeAttribute('data-theme'); else root.setAttribute('data-theme', theme);
    var button = document.getElementById('theme-toggle');
    if (button) {
      button.textContent = { auto: 'Theme: auto', light: 'Theme: light', dark: 'Theme: dark' }[theme];
      button.setAttribute('aria-label', 'Colour theme: ' + theme + ' (click to change)');
    }
  }
  function storedTheme() {
    try { return localStorage.getItem('book-theme') || 'auto'; } catch (e) { return 'auto'; }
  }
  applyTheme(storedTheme());

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('theme-toggle');
    if (toggle) {
      applyTheme(storedTheme());
      toggle.addEventListener('click', function () {
        var next = THEMES[(THEMES.indexOf(storedTheme()) + 1) % THEMES.length];
        try { localStorage.setItem('book-theme', next); } catch (e) { /* private mode */ }
        applyTheme(next);
      });
    }
    setUpMenu();
    addCopyButtons();
    setUpSearch();
    setUpFigureZoom();
    startLiveFigures();
  });

  // ---- live figures: the engine compiled to JavaScript, loaded only by pages that have one ----
  function startLiveFigures() {
    if (!document.querySelector('[data-widget]') || !here) return;
    var script = document.createElement('script');
    script.src = new URL('../live/live.js', here).href;
    script.onload = function () { window.nnLive(); };
    document.head.appendChild(script);
  }

  // ---- print: every hint and solution open (browsers without ::details-content) ----
  var closedForPrint = [];
  window.addEventListener('beforeprint', function () {
    closedForPrint = [].slice.call(document.querySelectorAll('details:not([open])'));
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedForPrint.forEach(function (d) { d.open = false; });
  });

  // ---- the Menu button of narrow screens: shows and hides the chapter list ----
  function setUpMenu() {
    var toggle = document.getElementById('nav-toggle');
    var panel = document.getElementById('nav-panel');
    if (!toggle || !panel) return;
    function show(open) {
      panel.classList.toggle('open', open);
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Close' : 'Menu';
    }
    toggle.addEventListener('click', function () { show(!panel.classList.contains('open')); });
    panel.addEventListener('click', function (e) { if (e.target.closest('a')) show(false); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && panel.classList.contains('open')) { show(false); toggle.focus(); }
    });
  }

  // ---- copy buttons on code listings and commands ----
  function addCopyButtons() {
    document.querySelectorAll('.listingblock > .content > pre, .run-it pre').forEach(function (pre) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy this code');
      button.addEventListener('click', function () {
        // on source pages the code sits beside a column of line numbers: copy the code only
        var text = (pre.querySelector('td.code') || pre).innerText.replace(/\n$/, '');
        var done = function () { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy'; }, 1500); };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
        } else { fallbackCopy(text); done(); }
      });
      pre.parentNode.classList.add('has-copy');
      pre.parentNode.insertBefore(button, pre);
    });
  }
  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'absolute';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more we can do */ }
    document.body.removeChild(area);
  }

  // ---- figures: a click, tap or Enter shows the figure full size; Escape or a click closes ----
  // The link (FigureThemes) leads to the PNG; a modified click still opens that in a new tab.
  function setUpFigureZoom() {
    document.querySelectorAll('a.figure-zoom').forEach(function (link) {
      link.addEventListener('click', function (e) {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button > 0) return;
        e.preventDefault();
        showFigure(link);
      });
    });
  }

  function showFigure(link) {
    var images = [].slice.call(link.querySelectorAll('img'));
    var shown = images.filter(function (i) { return i.getClientRects().length > 0; })[0] || images[0];
    var overlay = document.createElement('div');
    overlay.className = 'figure-overlay';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'figure-close';
    close.textContent = 'Close';
    close.setAttribute('aria-label', 'Close the full-size figure');
    var scroll = document.createElement('div');
    scroll.className = 'figure-overlay-scroll';
    scroll.tabIndex = 0; // arrow keys pan a figure wider than the screen
    var image = document.createElement('img');
    image.src = shown.currentSrc || shown.src;
    image.alt = shown.alt;
    image.style.width = fullWidth(shown) + 'px';
    scroll.appendChild(image);
    overlay.appendChild(close);
    overlay.appendChild(scroll);
    var block = link.closest('.imageblock');
    var title = block && block.querySelector('.title');
    if (title) {
      var caption = document.createElement('p');
      caption.className = 'figure-overlay-caption';
      caption.id = 'figure-overlay-caption';
      caption.textContent = title.textContent;
      overlay.appendChild(caption);
      overlay.setAttribute('aria-labelledby', caption.id);
    } else {
      overlay.setAttribute('aria-label', 'Figure, full size');
    }
    function onKey(e) {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); hide(); }
      if (e.key === 'Tab') { e.preventDefault(); (document.activeElement === close ? scroll : close).focus(); }
    }
    function hide() {
      document.removeEventListener('keydown', onKey, true);
      overlay.remove();
      root.classList.remove('figure-open');
      link.focus();
    }
    overlay.addEventListener('click', hide);
    document.addEventListener('keydown', onKey, true);
    root.classList.add('figure-open');
    document.body.appendChild(overlay);
    close.focus();
  }

  // As large as the screen allows, up to the PNG's own pixels (drawn at twice the density), but
  // never below the figure's drawn size: on a phone it is wider than the screen and pans.
  function fullWidth(img) {
    var natural = img.naturalWidth || img.width, aspect = (img.naturalHeight || img.height) / natural;
    var fit = Math.min(window.innerWidth - 40, (window.innerHeight - 140) / aspect);
    return Math.round(Math.min(natural, Math.max(natural / 2, fit)));
  }

  // ---- search over the index built at book-build time (js/search-index.js) ----
  function setUpSearch() {
    var input = document.getElementById('search-input');
    var results = document.getElementById('search-results');
    if (!input || !results) return;
    input.addEventListener('input', function () { show(search(input.value)); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { input.value = ''; show([]); }
      if (e.key === 'Enter') { var first = results.querySelector('a'); if (first) first.click(); }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === '/' && document.activeElement !== input && !/input|textarea/i.test(document.activeElement.tagName)) {
        e.preventDefault();
        input.focus();
      }
    });
    function show(hits) {
      results.innerHTML = '';
      results.hidden = hits.length === 0 && input.value.trim() === '';
      if (hits.length === 0 && input.value.trim() !== '') {
        var none = document.createElement('li');
        none.className = 'no-results';
        none.textContent = 'Nothing found for “' + input.value.trim() + '”';
        results.appendChild(none);
        return;
      }
      hits.forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = hit.entry.page + (hit.entry.id ? '#' + hit.entry.id : '');
        var title = document.createElement('span');
        title.className = 'search-title';
        title.textContent = hit.entry.title;
        a.appendChild(title);
        if (hit.snippet) {
          var snippet = document.createElement('span');
          snippet.className = 'search-snippet';
          snippet.textContent = hit.snippet;
          a.appendChild(snippet);
        }
        li.appendChild(a);
        results.appendChild(li);
      });
    }
  }

  function search(query) {
    var index = window.BOOK_SEARCH_INDEX || [];
    var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 1; });
    if (terms.length === 0) return [];
    var hits = [];
    index.forEach(function (entry) {
      var title = entry.title.toLowerCase(), text = entry.text.toLowerCase(), score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = title.indexOf(terms[i]) >= 0, inText = text.indexOf(terms[i]) >= 0;
        if (!inTitle && !inText) return; // every term must appear
        score += (inTitle ? 10 : 0) + (inText ? 1 + Math.min(5, text.split(terms[i]).length - 1) : 0);
      }
      hits.push({ entry: entry, score: score, snippet: snippetOf(entry.text, terms[0]) });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    return hits.slice(0, 12);
  }

  function snippetOf(text, term) {
    var at = text.toLowerCase().indexOf(term);
    if (at < 0) return text.slice(0, 120);
    var start = Math.max(0, at - 50);
    return (start > 0 ? '…' : '') + text.slice(start, at + 90) + '…';
  }
}());
