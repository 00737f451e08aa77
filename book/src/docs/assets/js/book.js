// The book's small interactive parts, all offline: theme toggle, search, copy buttons, the
// ← and → keys, a sidebar that follows the section being read, and figures shown full size.
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
    setUpChapterKeys();
    followSections();
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
      results.replaceChildren();
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
        if (hit.code) li.className = 'search-code';
        var a = document.createElement('a');
        a.href = hit.href;
        var title = document.createElement('span');
        title.className = 'search-title';
        appendMarked(title, hit.entry.title, hit.terms);
        a.appendChild(title);
        if (hit.snippet) {
          var snippet = document.createElement('span');
          snippet.className = 'search-snippet';
          appendMarked(snippet, hit.snippet, hit.terms);
          a.appendChild(snippet);
        }
        li.appendChild(a);
        results.appendChild(li);
      });
    }
  }

  // Every term must appear in an entry's title or text. Lesson sections come first, then the
  // source pages (whose hits link to the first matching line), at most 12 results in all.
  function search(query) {
    var index = window.BOOK_SEARCH_INDEX || [];
    var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 1; });
    if (terms.length === 0) return [];
    var sections = [], code = [];
    index.forEach(function (entry) {
      var hit = entry.kind === 'code' ? codeHit(entry, terms) : sectionHit(entry, terms);
      if (hit) (hit.code ? code : sections).push(hit);
    });
    var byScore = function (a, b) { return b.score - a.score; };
    sections.sort(byScore);
    code.sort(byScore);
    var shown = sections.slice(0, 12 - Math.min(3, code.length));
    return shown.concat(code.slice(0, 12 - shown.length));
  }

  function sectionHit(entry, terms) {
    var title = entry.title.toLowerCase(), text = entry.text.toLowerCase(), score = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0, inText = text.indexOf(terms[i]) >= 0;
      if (!inTitle && !inText) return null;
      score += (inTitle ? 10 : 0) + (inText ? 1 + Math.min(5, text.split(terms[i]).length - 1) : 0);
    }
    return { entry: entry, score: score, terms: terms, snippet: snippetOf(entry.text, terms),
      href: entry.page + (entry.id ? '#' + entry.id : '') };
  }

  function codeHit(entry, terms) {
    var title = entry.title.toLowerCase(), score = 0, line = null;
    if (!entry.lower) entry.lower = entry.lines.map(function (l) { return l[1].toLowerCase(); });
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0, found = -1, count = 0;
      for (var k = 0; k < entry.lower.length; k++) {
        if (entry.lower[k].indexOf(terms[i]) >= 0) { if (found < 0) found = k; count++; }
      }
      if (!inTitle && found < 0) return null;
      if (found >= 0 && (line === null || !inTitle && line.inTitle)) line = { at: found, inTitle: inTitle };
      score += (inTitle ? 10 : 0) + Math.min(5, count);
    }
    var shown = line ? entry.lines[line.at] : entry.lines[0];
    return { entry: entry, score: score, terms: terms, code: true,
      snippet: shown ? clip(shown[1], 0, 110) : '',
      href: entry.page + (line ? '#L' + shown[0] : '') };
  }

  // A piece of the text around the first term found, cut at word boundaries.
  function snippetOf(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    return clip(text, at < 0 ? 0 : Math.max(0, at - 45), 150);
  }

  function clip(text, start, length) {
    if (start > 0) { var space = text.indexOf(' ', start); if (space > 0 && space < start + 15) start = space + 1; }
    var end = Math.min(text.length, start + length);
    if (end < text.length) { var cut = text.lastIndexOf(' ', end); if (cut > start + length / 2) end = cut; }
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  // Appends `text` to `element` with every occurrence of a term in a <mark>, as text nodes
  // (never as HTML: the terms are what the reader typed).
  function appendMarked(element, text, terms) {
    var lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      terms.forEach(function (t) {
        var i = lower.indexOf(t, at);
        if (i >= 0 && (next < 0 || i < next || i === next && t.length > length)) { next = i; length = t.length; }
      });
      if (next < 0) break;
      if (next > at) element.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(next, next + length);
      element.appendChild(mark);
      at = next + length;
    }
    if (at < text.length) element.appendChild(document.createTextNode(text.slice(at)));
  }

  // ---- ← and → go to the previous and the next chapter ----
  function setUpChapterKeys() {
    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      var target = e.target;
      if (target && target.closest && (target.isContentEditable
          || target.closest('input, textarea, select, [contenteditable], .live'))) return;
      var link = document.querySelector('nav.prev-next a[rel="' + (e.key === 'ArrowLeft' ? 'prev' : 'next') + '"]');
      if (!link) return;
      e.preventDefault();
      location.href = link.href;
    });
  }

  // ---- the sidebar follows the section being read ----
  // A section is being read while it crosses a line a quarter of the way down the window; of
  // nested ones (a chapter and its section, in book.html) the innermost.
  function followSections() {
    var nav = document.getElementById('book-nav');
    if (!nav || !('IntersectionObserver' in window)) return;
    var entries = [];
    nav.querySelectorAll('a[href^="#"]').forEach(function (link) {
      var id = decodeURIComponent(link.getAttribute('href').slice(1));
      var heading = id && document.getElementById(id);
      if (!heading || nav.contains(heading)) return;
      var section = /^sect[1-5]$/.test(heading.parentElement.className) ? heading.parentElement : heading;
      entries.push({ link: link, section: section });
    });
    if (entries.length === 0) return;
    var crossing = new Set(), current = null;
    function update() {
      var reading = null;
      entries.forEach(function (e) { if (crossing.has(e.section)) reading = e; }); // document order
      if (reading === current) return;
      if (current) {
        current.link.classList.remove('reading');
        current.link.removeAttribute('aria-current');
        var was = chapterLink(current.link);
        if (was) was.classList.remove('reading-chapter');
      }
      current = reading;
      if (!current) return;
      current.link.classList.add('reading');
      current.link.setAttribute('aria-current', 'location');
      var chapter = chapterLink(current.link);
      if (chapter) chapter.classList.add('reading-chapter');
      keepInView(current.link);
    }
    function chapterLink(link) {
      var list = link.closest('ol.sections');
      return list && list.parentElement.querySelector(':scope > a');
    }
    function keepInView(link) {
      if (getComputedStyle(nav).position !== 'fixed' || nav.scrollHeight <= nav.clientHeight) return;
      var r = link.getBoundingClientRect(), n = nav.getBoundingClientRect();
      if (r.top < n.top + 40 || r.bottom > n.bottom - 40) nav.scrollTop += r.top - n.top - n.height / 3;
    }
    var observer = new IntersectionObserver(function (changes) {
      changes.forEach(function (c) { if (c.isIntersecting) crossing.add(c.target); else crossing.delete(c.target); });
      update();
    }, { rootMargin: '-25% 0px -74% 0px' });
    entries.sort(function (a, b) {
      return a.section.compareDocumentPosition(b.section) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    entries.forEach(function (e) { observer.observe(e.section); });
  }
}());
