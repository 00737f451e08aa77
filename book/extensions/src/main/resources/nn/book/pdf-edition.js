// The PDF edition: PdfEdition runs this in book.html (in its own headless Chromium) before it
// prints the page; the HTML book never loads it. prepare() adds the parts only the printed book
// has: a title page, a contents list with page numbers, every hint open, the solutions moved to
// the end of their chapter. It returns, one a line, the ids whose page numbers the page shows
// ("page<TAB>id") and the bookmarks to give the PDF ("bookmark<TAB>level<TAB>id<TAB>title");
// fill({id: page}) writes the page numbers in.
window.pdfEdition = (function () {
  'use strict';
  var PLACEHOLDER = '000'; // as wide as any page number, so that filling one in moves nothing
  var SHORT_BLOCK = 24;    // lines: a listing or output no longer than this is kept on one page

  function prepare() {
    document.documentElement.classList.add('pdf-edition');
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
    unlinkOtherPages();
    var chapters = [].slice.call(document.querySelectorAll('#content > .sect1'));
    chapters.forEach(moveSolutions);
    titlePage();
    contents(chapters);
    keepTogether();
    fitWideMath();
    var tooWide = wideElements();
    if (tooWide.length) {
      throw new Error(tooWide.length + ' element(s) wider than the printed text, so Chromium would'
        + ' shrink every page to fit them: ' + tooWide.slice(0, 5).join('; '));
    }
    var lines = [];
    document.querySelectorAll('[data-page-of]').forEach(function (e) {
      var line = 'page\t' + e.dataset.pageOf;
      if (lines.indexOf(line) < 0) lines.push(line);
    });
    document.querySelectorAll('.pdf-contents li > a').forEach(function (a) {
      var level = a.parentNode.classList.contains('pdf-toc-chapter') ? 1 : 2;
      var title = a.querySelector('.pdf-toc-number').textContent + ' '
        + a.querySelector('.pdf-toc-title').textContent;
      lines.push(['bookmark', level, a.getAttribute('href').substring(1),
        title.replace(/\s+/g, ' ').trim()].join('\t'));
    });
    lines.unshift('bookmark\t1\tpdf-contents\tContents', 'page\tpdf-contents');
    return loaded().then(function () { return lines.join('\n'); });
  }

  function fill(pages) {
    document.querySelectorAll('[data-page-of]').forEach(function (e) {
      e.textContent = String(pages[e.dataset.pageOf]);
    });
    return 'filled';
  }

  function el(tag, className, html) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (html !== undefined) e.innerHTML = html;
    return e;
  }

  // a page number that fill() writes in, linked to its target
  function pageRef(id) {
    return '<a href="#' + id + '"><span class="pdf-page" data-page-of="' + id + '">'
      + PLACEHOLDER + '</span></a>';
  }

  // links to the chapter pages and source pages lead nowhere from a PDF: keep their text only
  function unlinkOtherPages() {
    document.querySelectorAll('#content a[href]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (href.charAt(0) !== '#' && !/^(https?|mailto):/.test(href)) a.removeAttribute('href');
    });
  }

  // the heading's text as HTML (math kept), without its anchor and a "Chapter N" label
  function headingHtml(h) {
    var copy = h.cloneNode(true);
    copy.querySelectorAll('a.anchor, .katex-mathml, .chapter-signifier').forEach(function (e) { e.remove(); });
    copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
    return copy.innerHTML.replace(/^\s*Chapter\s+\d+\s*[.:]?\s*/, '');
  }

  function chapterNumber(chapter, index) {
    var h = chapter.querySelector(':scope > h2');
    var link = h && document.querySelector('#book-nav a[href="#' + h.id + '"] .chapter-number');
    return link ? link.textContent.trim() : String(index);
  }

  // ---- the solutions of a chapter's exercises, after its summary; the exercise says where ----
  function moveSolutions(chapter) {
    var solutions = chapter.querySelectorAll('.exercise details.solution');
    var body = chapter.querySelector(':scope > .sectionbody');
    var h2 = chapter.querySelector(':scope > h2');
    if (!solutions.length || !body || !h2) return;
    var section = el('div', 'sect2 pdf-solutions');
    var heading = el('h3', null, 'Solutions to the exercises');
    heading.id = 'pdf-solutions-' + h2.id;
    section.appendChild(heading);
    solutions.forEach(function (details) {
      var exercise = details.closest('.exercise');
      var title = exercise.querySelector(':scope > .title');
      var m = /^Exercise\s+(\d+\.\d+)\s*:?\s*(.*)$/.exec(title ? title.textContent.trim() : '');
      var number = m ? m[1] : String(section.children.length);
      if (!exercise.id) exercise.id = 'pdf-exercise-' + number.replace('.', '-');
      var solution = el('div', 'pdf-solution');
      solution.id = 'pdf-solution-' + number.replace('.', '-');
      solution.appendChild(el('div', 'title', 'Solution ' + number + (m && m[2] ? ': ' + m[2] : '')
        + ' <span class="pdf-back">(exercise on page ' + pageRef(exercise.id) + ')</span>'));
      var content = details.querySelector(':scope > .content') || details;
      [].slice.call(content.childNodes).forEach(function (n) {
        if (n.nodeName !== 'SUMMARY') solution.appendChild(n);
      });
      section.appendChild(solution);
      details.replaceWith(el('p', 'pdf-solution-ref',
        'Solution ' + number + ': page ' + pageRef(solution.id) + '.'));
    });
    body.appendChild(section);
  }

  // ---- the title page: the book's title, what it is, how it was made ----
  function titlePage() {
    var header = document.getElementById('header');
    if (!header) return;
    header.appendChild(el('p', 'pdf-subtitle', 'An executable textbook in plain Java'));
    header.appendChild(el('p', 'pdf-colophon', 'Every number, table and figure in this book comes '
      + 'from running its code. This PDF is printed from the single-page edition, '
      + '<code>book.html</code>, each time the book is built.'));
  }

  // ---- the contents: chapters and their sections, with page numbers ----
  function contents(chapters) {
    var nav = el('nav', 'pdf-contents');
    nav.setAttribute('aria-label', 'Contents');
    // (linked to itself: Chromium writes a destination only for a link target, the bookmark needs one)
    var title = el('h2', 'pdf-contents-title', '<a href="#pdf-contents">Contents</a>');
    title.id = 'pdf-contents';
    nav.appendChild(title);
    var list = el('ol');
    chapters.forEach(function (chapter, i) {
      var h2 = chapter.querySelector(':scope > h2');
      if (!h2) return;
      list.appendChild(entry('pdf-toc-chapter', chapterNumber(chapter, i), h2));
      chapter.querySelectorAll(':scope > .sectionbody > .sect2 > h3').forEach(function (h3) {
        list.appendChild(entry('pdf-toc-section', '', h3));
      });
    });
    nav.appendChild(list);
    (document.getElementById('header') || document.body.firstChild).after(nav);
  }

  function entry(className, number, heading) {
    var li = el('li', className);
    li.innerHTML = '<a href="#' + heading.id + '"><span class="pdf-toc-number">' + number
      + '</span><span class="pdf-toc-title">' + headingHtml(heading) + '</span>'
      + '<span class="pdf-toc-leader"></span><span class="pdf-page" data-page-of="'
      + heading.id + '">' + PLACEHOLDER + '</span></a>';
    return li;
  }

  // ---- what must not be split: short listings and outputs; a lead-in with what it introduces ----
  function keepTogether() {
    document.querySelectorAll('#content .listingblock, #content .literalblock').forEach(function (b) {
      var pre = b.querySelector('pre');
      if (pre && pre.textContent.split('\n').length <= SHORT_BLOCK) b.classList.add('pdf-keep');
    });
    document.querySelectorAll('#content .paragraph').forEach(function (p) {
      var next = p.nextElementSibling;
      var introduces = /:\s*$/.test(p.textContent);
      if (introduces && next && /\b(listingblock|literalblock|imageblock|stemblock)\b/.test(next.className)) {
        p.classList.add('pdf-keep-with-next');
      }
    });
  }

  // ---- nothing wider than the page: Chromium would shrink every page to fit the widest line ----
  // (measured while PdfEdition has the page laid out for print, as wide as the printed text)
  function fitWideMath() {
    document.querySelectorAll('.katex-display').forEach(function (d) {
      if (d.scrollWidth > d.clientWidth + 1) {
        d.style.zoom = String(Math.floor(100 * d.clientWidth / d.scrollWidth) / 100);
      }
    });
  }

  function wideElements() {
    var width = document.documentElement.clientWidth, wide = [];
    if (document.documentElement.scrollWidth <= width + 1) return wide;
    document.querySelectorAll('body *').forEach(function (e) {
      var box = e.getBoundingClientRect(), parent = e.parentElement.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && parent.right <= width + 1) {
        wide.push(e.tagName.toLowerCase() + '.' + e.className + ' "'
          + e.textContent.trim().substring(0, 50) + '" ends at ' + Math.round(box.right) + ' px');
      }
    });
    return wide;
  }

  function loaded() {
    var images = [].slice.call(document.images).map(function (img) {
      img.loading = 'eager';
      return img.complete ? null : img.decode().catch(function () { return null; });
    });
    return Promise.all(images).then(function () { return document.fonts.ready; });
  }

  return { prepare: prepare, fill: fill };
})();
