// Compare page reading aids: where am I (change counter, previous/next buttons, the outline
// following the section on screen), copy a quote with its citation, since when each sentence
// stands (sentence lineage), dimming of text carried forward, and the newer edition on the left.
// Everything is optional: the server leaves #tools and #stepper hidden for browsers without it.
(function () {
  'use strict';

  var cmp = document.getElementById('cmp');
  var tools = document.getElementById('tools');
  var compare = window.kzdiffCompare;
  if (!cmp || !tools || !compare) { return; }
  var status = document.getElementById('t-status');
  var stepper = document.getElementById('stepper');
  var tree = cmp.querySelector('nav.tree');
  var store = {
    get: function (key) { try { return window.localStorage.getItem('kzdiff.' + key) === '1'; } catch (e) { return false; } },
    set: function (key, on) { try { window.localStorage.setItem('kzdiff.' + key, on ? '1' : '0'); } catch (e) { /* private mode */ } }
  };

  tools.hidden = false;
  stepper.hidden = false;

  // ---- Where am I: "change 12 of 707", previous/next, the outline following the section.

  var stepN = document.getElementById('step-n');
  var stepTotal = document.getElementById('step-total');
  var sections = Array.prototype.slice.call(cmp.querySelectorAll('section.sec[id]'));
  var here = null;
  var pending = false;

  // First element of a document-ordered list whose top is below the line (binary search: a few
  // layout reads per frame however long the page).
  function firstBelow(list, line) {
    var low = 0, high = list.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (list[mid].getBoundingClientRect().top < line) { low = mid + 1; } else { high = mid; }
    }
    return low;
  }

  function updateCounter() {
    var rows = compare.visibleChanges();
    // Sections the page has not fetched yet still count, by their placeholders' numbers.
    var waiting = compare.pendingChanges();
    stepTotal.textContent = rows.length + waiting;
    if (rows.length === 0) { stepN.textContent = '0'; return; }
    var current = compare.current();
    var index = current ? rows.indexOf(current) : -1;
    if (index < 0 || current.getBoundingClientRect().bottom < 0 || current.getBoundingClientRect().top > window.innerHeight) {
      index = Math.min(rows.length - 1, firstBelow(rows, window.innerHeight / 3 - 1));
      // The change straddling the reading line still counts as the one being read.
      if (index > 0 && rows[index].getBoundingClientRect().top > window.innerHeight / 3 && rows[index - 1].getBoundingClientRect().bottom > 0) { index--; }
    }
    stepN.textContent = index + 1 + (waiting > 0 ? waiting - compare.pendingChanges(rows[index]) : 0);
  }

  function outlineLink(section) {
    if (!tree || !section) { return null; }
    var link = tree.querySelector('a[href="#' + section.id + '"]');
    if (!link) { return null; }
    // An unchanged section folded in the outline: its group's summary stands for it.
    for (var node = link.parentElement; node && node !== tree; node = node.parentElement) {
      if (node.tagName === 'DETAILS' && !node.open) {
        var summary = node.querySelector('summary');
        if (summary && node.parentElement && node.parentElement.closest('details:not([open])') === null) { return summary; }
      }
    }
    return link;
  }

  function followSection() {
    if (sections.length === 0) { return; }
    var index = Math.max(0, firstBelow(sections, 60) - 1);
    var element = outlineLink(sections[index]);
    // A later part of a merged section has no entry of its own: its section's entry stands for it.
    while (!element && sections[index].classList.contains('part') && index > 0) { element = outlineLink(sections[--index]); }
    if (element === here) { return; }
    if (here) { here.classList.remove('here'); here.removeAttribute('aria-current'); }
    here = element;
    if (!here) { return; }
    here.classList.add('here');
    here.setAttribute('aria-current', 'location');
    // Keep the highlighted entry inside the sticky outline's own scroll area, without moving the page.
    var top = here.getBoundingClientRect().top - tree.getBoundingClientRect().top;
    if (top < 0 || top > tree.clientHeight - 30) { tree.scrollTop += top - tree.clientHeight / 3; }
  }

  function update() {
    pending = false;
    updateCounter();
    followSection();
  }

  function schedule() {
    if (!pending) { pending = true; window.requestAnimationFrame(update); }
  }

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  document.addEventListener('kzdiff:selected', schedule);
  document.addEventListener('kzdiff:filtered', schedule);
  document.addEventListener('kzdiff:rows', schedule);
  document.getElementById('step-prev').addEventListener('click', function () { compare.step(-1); });
  document.getElementById('step-next').addEventListener('click', function () { compare.step(1); });
  // After the first frame: the counter and the outline read the rows' places, which would make the
  // first paint lay out the outline and the panes too (they start below the first screen).
  window.requestAnimationFrame(function () { setTimeout(schedule, 0); });

  // ---- Copy a quote with its citation.

  var oldYear = tools.getAttribute('data-old-year');
  var newYear = tools.getAttribute('data-new-year');

  function cellText(cell) {
    var text = '';
    (function walk(node) {
      for (var child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) { text += child.nodeValue; continue; }
        if (child.nodeType !== 1) { continue; }
        if (child.matches('.meta, .sr-only, .move, .lin, button')) { continue; }
        walk(child);
      }
    })(cell);
    return text.replace(/\s+/g, ' ').trim();
  }

  function sectionTitle(row) {
    var section = row.closest('section.sec');
    // The parts of a merge carry their section's title once, on the first part.
    while (section && section.classList.contains('part') && !section.querySelector('.sec-head h2, .sec-head h3, .sec-head h4')) {
      section = section.previousElementSibling && section.previousElementSibling.closest('section.sec');
    }
    var heading = section && section.querySelector('.sec-head h2, .sec-head h3, .sec-head h4');
    return heading ? heading.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function citation(row) {
    var removed = row.classList.contains('st-removed');
    var side = removed ? 'old' : 'new';
    var cell = row.querySelector('td.' + side);
    var text = cell ? cellText(cell) : '';
    var title = tools.getAttribute('data-' + side + '-title');
    var source = tools.getAttribute('data-' + side + '-src');
    var section = sectionTitle(row);
    var link = window.location.origin + window.location.pathname + '#' + row.id;
    return '\u201C' + text + '\u201D (U.S. Department of State, ' + title
      + (section ? ', section \u201C' + section + '\u201D' : '')
      + (source ? ', ' + source : '') + '). '
      + (removed ? 'Removed in ' + newYear : 'Compared with ' + (side === 'new' ? oldYear : newYear)) + ': ' + link;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'sr-only';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }

  cmp.addEventListener('click', function (event) {
    var button = event.target.closest('button.cq');
    if (!button) { return; }
    var row = button.closest('tr.chg');
    var text = citation(row);
    button.setAttribute('data-quote', text);
    copy(text).then(function () {
      status.textContent = 'Copied: ' + text;
      button.classList.add('done');
      setTimeout(function () { button.classList.remove('done'); }, 1500);
    }, function () {
      status.textContent = 'Copying was refused by the browser; the quote: ' + text;
    });
  });

  // One button per change, added to the sections near the screen only: a thousand buttons would
  // double the work of the first paint for rows nobody has scrolled to yet.
  function equip(section) {
    Array.prototype.forEach.call(section.querySelectorAll('tr.chg td.new .meta'), function (meta) {
      if (meta.querySelector('button.cq')) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'cq';
      button.title = 'Copy quote with citation';
      button.setAttribute('aria-label', 'Copy quote with citation');
      button.textContent = '\u201C\u201D';
      meta.insertBefore(button, meta.querySelector('a.pl'));
    });
  }
  var nearScreen = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) { nearScreen.unobserve(entry.target); equip(entry.target); }
    });
  }, { rootMargin: '1200px 0px' }) : null;
  function watch(section) { if (nearScreen) { nearScreen.observe(section); } else { equip(section); } }
  var ranked = cmp.querySelector('section.ranked');
  if (ranked) { watch(ranked); }
  sections.forEach(watch);
  // Rows fetched later (a section's, a run's): equipped when near, and labelled when the lineage is shown.
  document.addEventListener('kzdiff:rows', function (event) {
    var section = event.detail && event.detail.closest ? event.detail.closest('section.sec') : null;
    if (section) { watch(section); }
    if (lineage) { annotate(lineage); }
  });

  // ---- Newer edition on the left: the same comparison, columns swapped (a reading preference).

  var swap = document.getElementById('t-swap');
  function setSwapped(on) {
    cmp.classList.toggle('swapped', on);
    swap.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  swap.addEventListener('click', function () {
    var on = !cmp.classList.contains('swapped');
    setSwapped(on);
    store.set('swap', on);
  });
  setSwapped(store.get('swap'));

  // ---- Since when each sentence stands (GET /api/lineage), and dimming of carried-forward text.

  var lineageBox = document.getElementById('t-lineage');
  var dimBox = document.getElementById('t-dim');
  var lineage = null;
  var loading = false;

  function normal(text) { return text.replace(/\s+/g, ' ').trim(); }

  function describe(item) {
    var text = 'since ' + item.firstSeen;
    var years = item.rewordedIn || [];
    if (years.length === 0) { return text; }
    var list = years.length === 1 ? String(years[0]) : years.slice(0, -1).join(', ') + ' and ' + years[years.length - 1];
    return text + ', reworded in ' + list;
  }

  function label(item) {
    var span = document.createElement('span');
    span.className = 'lin';
    span.textContent = describe(item);
    span.title = 'first seen ' + item.firstSeen + '; this wording since ' + item.unchangedSince;
    return span;
  }

  function annotate(items) {
    var bySentence = new Map();
    var byStart = new Map();
    var earliest = Infinity;
    items.forEach(function (item) {
      var text = normal(item.sentence);
      if (!bySentence.has(text)) { bySentence.set(text, item); }
      var start = text.slice(0, 24);
      if (!byStart.has(start)) { byStart.set(start, []); }
      byStart.get(start).push(item);
      earliest = Math.min(earliest, item.firstSeen);
    });
    var year = Number(newYear);
    function carried(item) { return item.firstSeen === earliest && earliest < year && (item.rewordedIn || []).length === 0; }

    // Changed rows: the new sentence, in the new column.
    Array.prototype.forEach.call(cmp.querySelectorAll('tr.chg:not(.st-removed) td.new'), function (cell) {
      if (cell.querySelector('.lin')) { return; }
      var item = bySentence.get(cellText(cell));
      if (!item) { return; }
      var meta = cell.querySelector('.meta');
      cell.insertBefore(label(item), meta);
      if (carried(item)) { cell.parentElement.classList.add('carried'); }
    });

    // Unchanged runs print their sentences one after another: find each one and wrap it.
    Array.prototype.forEach.call(cmp.querySelectorAll('tr.run p.same'), function (paragraph) {
      if (paragraph.children.length > 0 || paragraph.querySelector('.lin')) { return; }
      var text = paragraph.textContent;
      var fragment = document.createDocumentFragment();
      var position = 0;
      var plain = '';
      var found = 0;
      while (position < text.length) {
        var match = null;
        (byStart.get(text.slice(position, position + 24)) || []).forEach(function (item) {
          var sentence = normal(item.sentence);
          if (!match && text.startsWith(sentence, position)) { match = { item: item, length: sentence.length }; }
        });
        if (!match) { plain += text[position]; position++; continue; }
        if (plain) { fragment.appendChild(document.createTextNode(plain)); plain = ''; }
        var span = document.createElement('span');
        span.className = 'sent' + (carried(match.item) ? ' carried' : '');
        span.textContent = text.substr(position, match.length);
        span.appendChild(document.createTextNode(' '));
        span.appendChild(label(match.item));
        fragment.appendChild(span);
        position += match.length;
        found++;
      }
      if (plain) { fragment.appendChild(document.createTextNode(plain)); }
      if (found > 0) { paragraph.textContent = ''; paragraph.appendChild(fragment); }
    });
  }

  function loadLineage() {
    if (lineage || loading) { return; }
    loading = true;
    status.textContent = 'Reading since when each sentence stands\u2026';
    fetch(tools.getAttribute('data-lineage-url'), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 202) { return 'computing'; }
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (body) {
        loading = false;
        if (body === 'computing') {
          status.textContent = 'Sentence history is being computed from the year-to-year comparisons\u2026';
          setTimeout(loadLineage, 1500);
          return;
        }
        lineage = body.items || [];
        annotate(lineage);
        cmp.classList.toggle('show-lineage', lineageBox.checked);
        status.textContent = lineageBox.checked ? 'Showing since when each sentence stands.' : 'Dimming text carried forward unchanged.';
      })
      .catch(function (error) {
        loading = false;
        status.textContent = 'Sentence history is not available: ' + error.message;
      });
  }

  function setLineage(on) {
    lineageBox.checked = on;
    cmp.classList.toggle('show-lineage', on && lineage !== null);
    if (on) { loadLineage(); }
  }

  function setDim(on) {
    dimBox.checked = on;
    cmp.classList.toggle('dim-carried', on);
    // Dimming needs to know which text is carried forward: it reads the lineage too.
    if (on) { loadLineage(); }
  }

  lineageBox.addEventListener('change', function () { store.set('lineage', lineageBox.checked); setLineage(lineageBox.checked); });
  dimBox.addEventListener('change', function () { store.set('dim', dimBox.checked); setDim(dimBox.checked); });
  setLineage(store.get('lineage'));
  setDim(store.get('dim'));
})();
