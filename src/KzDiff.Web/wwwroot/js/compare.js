// Compare page enhancements: keyboard navigation, instant filters, permalink highlighting, job polling.
// Everything here is optional: without it the page still works through links and plain GET forms.
(function () {
  'use strict';

  var job = document.querySelector('[data-status-url]');
  if (job && job.getAttribute('data-status-url')) {
    pollJob(job);
    return;
  }

  var cmp = document.getElementById('cmp');
  if (!cmp) { return; }
  var form = document.getElementById('filters');
  var keys = document.getElementById('keys');
  var keysButton = document.getElementById('keys-open');
  var current = null;

  // Decided from the filters' classes, not from layout: asking 700 rows for their layout on each key
  // press would lay out sections the browser has not rendered yet.
  function visibleChanges() {
    var substantiveOnly = cmp.classList.contains('f-subst');
    return Array.prototype.filter.call(cmp.querySelectorAll('tr.chg'), function (row) {
      return !(substantiveOnly && (row.classList.contains('k-routine') || row.classList.contains('k-formatting')))
        && !row.closest('[hidden]');
    });
  }

  function onScreen(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  function openAncestors(element) {
    for (var node = element.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') { node.open = true; }
    }
  }

  function select(element, scroll) {
    if (current) { current.classList.remove('current'); }
    current = element;
    openAncestors(element);
    element.classList.add('current');
    if (!element.hasAttribute('tabindex')) { element.setAttribute('tabindex', '-1'); }
    if (scroll) { element.scrollIntoView({ block: 'center' }); pin(element, 'center'); }
    element.focus({ preventScroll: true });
    history.replaceState(null, '', '#' + element.id);
    document.dispatchEvent(new CustomEvent('kzdiff:selected'));
  }

  // A change or run the reader was taken to stays where it was shown while sections around it arrive
  // (each section fetched above it pushes it down), until the reader scrolls or steps by hand.
  var pinned = null;
  function pin(element, block) { pinned = { element: element, block: block }; }
  ['wheel', 'touchstart', 'keydown', 'mousedown'].forEach(function (type) {
    window.addEventListener(type, function () { pinned = null; }, { capture: true, passive: true });
  });
  document.addEventListener('kzdiff:rows', function () {
    if (pinned && pinned.element.isConnected) { pinned.element.scrollIntoView({ block: pinned.block }); }
  });

  // ---- Sections the page left to be fetched (div.later) and folded runs whose text it left out.

  var partsAddress = cmp.getAttribute('data-parts') || '';
  var loadingParts = new Map();

  function pending() { return Array.prototype.slice.call(cmp.querySelectorAll('.later')); }

  // A section's rows, with the page's own filters (the placeholder's section names them); the placeholder is replaced by the table.
  function partUrl(name, value) {
    return partsAddress + (partsAddress.indexOf('?') < 0 ? '?' : '&') + name + '=' + encodeURIComponent(value);
  }

  // `response`: the part's response when it was already asked for (by a link to one of its changes).
  function loadPart(holder, response) {
    if (loadingParts.has(holder)) { return loadingParts.get(holder); }
    var done = (response || fetch(partUrl('part', holder.parentNode.id), { headers: { Accept: 'text/html' } }))
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        if (!holder.parentNode) { return; }
        var section = holder.parentNode;
        holder.insertAdjacentHTML('afterend', html);
        section.removeChild(holder);
        document.dispatchEvent(new CustomEvent('kzdiff:rows', { detail: section }));
      })
      .catch(function (error) {
        // Out of the count and of the way of stepping: the reader is told, and a reload tries again.
        holder.className = 'later-failed';
        holder.textContent = 'This section could not be loaded (' + error.message + '). Reload the page to try again.';
      });
    loadingParts.set(holder, done);
    return done;
  }

  function loadAll() { return Promise.all(pending().map(function (holder) { return loadPart(holder); })); }

  // Near the screen (two screens ahead), a section's rows are fetched before the reader gets there.
  if ('IntersectionObserver' in window) {
    var near = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { near.unobserve(entry.target); loadPart(entry.target); }
      });
    }, { rootMargin: '1800px 0px' });
    pending().forEach(function (holder) { near.observe(holder); });
  } else {
    loadAll();
  }

  // A folded run's text is fetched when it is opened (by the reader, or by a link to it).
  function loadRun(details) {
    if (details.getAttribute('data-state')) { return; }
    details.setAttribute('data-state', 'loading');
    var link = details.querySelector('a.run-link');
    fetch(details.getAttribute('data-run'), { headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        if (link) { details.removeChild(link); }
        details.insertAdjacentHTML('beforeend', html);
        details.setAttribute('data-state', 'loaded');
        document.dispatchEvent(new CustomEvent('kzdiff:rows', { detail: details }));
      })
      .catch(function () { details.removeAttribute('data-state'); });
  }

  cmp.addEventListener('toggle', function (event) {
    var details = event.target;
    if (details.open && details.hasAttribute && details.hasAttribute('data-run')) { loadRun(details); }
  }, true);

  // The outline map the page left out (it is closed at first): fetched when the reader opens it.
  var outlineMap = document.getElementById('outline-map');
  function loadOutlineMap() {
    if (!outlineMap.open || outlineMap.getAttribute('data-state')) { return; }
    var later = outlineMap.querySelector('.om-later');
    outlineMap.setAttribute('data-state', 'loading');
    outlineMap.setAttribute('aria-busy', 'true');
    fetch(outlineMap.getAttribute('data-map'), { headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        outlineMap.insertAdjacentHTML('beforeend', html);
        if (later) { outlineMap.removeChild(later); }
        outlineMap.setAttribute('data-state', 'loaded');
        outlineMap.removeAttribute('aria-busy');
      })
      .catch(function (error) {
        // The link to the page with everything stays; opening the map again tries again.
        outlineMap.removeAttribute('data-state');
        outlineMap.removeAttribute('aria-busy');
        if (later) { later.firstChild.textContent = 'The outline map could not be loaded (' + error.message + '); show it on the page with everything'; }
      });
  }
  if (outlineMap && outlineMap.getAttribute('data-map')) {
    outlineMap.addEventListener('toggle', loadOutlineMap);
    loadOutlineMap();
  }

  function step(direction) {
    // Stepping runs through every change: the sections not fetched yet are fetched first.
    if (cmp.querySelector('.later')) { loadAll().then(function () { if (!cmp.querySelector('.later')) { step(direction); } }); return; }
    var rows = visibleChanges();
    if (rows.length === 0) { return; }
    var index = current && onScreen(current) ? rows.indexOf(current) : -1;
    if (index < 0) {
      // Nothing selected, or the reader scrolled away from it: start from what they are looking at.
      var middle = window.innerHeight / 3;
      index = direction > 0 ? -1 : rows.length;
      for (var i = 0; i < rows.length; i++) {
        if (rows[i].getBoundingClientRect().top > middle) { index = direction > 0 ? i - 1 : i; break; }
      }
    }
    var next = Math.min(rows.length - 1, Math.max(0, index + direction));
    select(rows[next], true);
  }

  function setFilter(checkbox, className, serverFlag) {
    // A filter the server applied left rows out of the page: turning it off needs a reload.
    if (!checkbox.checked && form.getAttribute(serverFlag) === '1') { form.submit(); return; }
    cmp.classList.toggle(className, checkbox.checked);
    var url = new URL(window.location.href);
    if (checkbox.checked) { url.searchParams.set(checkbox.name, 'true'); } else { url.searchParams.delete(checkbox.name); }
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    if (current && visibleChanges().indexOf(current) < 0) { current.classList.remove('current'); current = null; }
    document.dispatchEvent(new CustomEvent('kzdiff:filtered'));
  }

  // On a phone the section tree would push the comparison far down: start it folded.
  var treeBox = cmp.querySelector('.tree-box');
  if (treeBox && window.matchMedia('(max-width: 900px)').matches) { treeBox.open = false; }

  var changes = document.getElementById('f-changes');
  var substantive = document.getElementById('f-subst');
  changes.addEventListener('change', function () { setFilter(changes, 'f-changes', 'data-server-changes'); });
  substantive.addEventListener('change', function () { setFilter(substantive, 'f-subst', 'data-server-subst'); });
  document.getElementById('f-section').addEventListener('change', function () { form.submit(); });

  if (keysButton && keys && typeof keys.showModal === 'function') {
    keysButton.hidden = false;
    keysButton.addEventListener('click', function () { keys.showModal(); });
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) { return; }
    if (keys && keys.open) { return; }
    switch (event.key) {
      case 'n': case 'j': step(1); break;
      case 'p': case 'k': step(-1); break;
      case 'c': changes.click(); break;
      case 's': substantive.click(); break;
      case '/': document.getElementById('f-q').focus(); break;
      case '?': if (keys && keys.showModal) { keys.showModal(); } break;
      default: return;
    }
    event.preventDefault();
  });

  function showHash() {
    if (!window.location.hash) { return; }
    var id = decodeURIComponent(window.location.hash.slice(1));
    var element = document.getElementById(id);
    if (!element) {
      // A folded run in a section not fetched yet (its id starts with the section's), or a change
      // there: the server sends the part that holds it, and says which by the address it ends at.
      var shown = function () { if (document.getElementById(id)) { showHash(); } };
      var holder = pending().filter(function (h) { return id.indexOf(h.parentNode.id + '-u') === 0; })[0];
      if (holder) { loadPart(holder).then(shown); return; }
      if (!/^c-/.test(id) || !cmp.querySelector('.later')) { return; }
      fetch(partUrl('change', id), { headers: { Accept: 'text/html' } }).then(function (response) {
        var part = response.ok && new URL(response.url).searchParams.get('part');
        var section = part && document.getElementById(part);
        var later = section && section.querySelector(':scope > .later');
        if (later) { loadPart(later, Promise.resolve(response)).then(shown); }
      }).catch(function () { /* the page stays where it is */ });
      return;
    }
    if (element.classList.contains('chg')) { select(element, true); return; }
    var run = element.matches('tr.run') ? element.querySelector('details[data-run]') : null;
    if (run) { run.open = true; }
    openAncestors(element);
    element.scrollIntoView({ block: 'start' });
    pin(element, 'start');
  }

  window.addEventListener('hashchange', showHash);
  showHash();

  // For compare-tools.js: the on-screen previous/next buttons and the change counter step the same way as the keys.
  // Changes in sections not fetched yet, as their placeholders count them (those after `node` when given).
  function pendingChanges(after) {
    var substantiveOnly = cmp.classList.contains('f-subst');
    return pending().reduce(function (sum, holder) {
      if (after && !(after.compareDocumentPosition(holder) & Node.DOCUMENT_POSITION_FOLLOWING)) { return sum; }
      return sum + Number(holder.getAttribute('data-n')) - (substantiveOnly ? Number(holder.getAttribute('data-r')) : 0);
    }, 0);
  }

  window.kzdiffCompare = {
    step: step,
    visibleChanges: visibleChanges,
    pendingChanges: pendingChanges,
    loadAll: loadAll,
    current: function () { return current && current.classList.contains('current') ? current : null; }
  };

  function pollJob(section) {
    var progress = section.querySelector('progress');
    var state = section.querySelector('.job-state');
    var url = section.getAttribute('data-status-url');
    // The meta refresh is the fallback; with a script we poll quietly and reload once, when done.
    var refresh = document.querySelector('meta[http-equiv="refresh"]');
    if (refresh) { refresh.parentNode.removeChild(refresh); }
    function tick() {
      fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (status) {
          if (!status) { setTimeout(tick, 2000); return; }
          if (typeof status.progress === 'number' && progress) {
            progress.value = Math.round((status.progress <= 1 ? status.progress * 100 : status.progress));
          }
          if (state && status.status) { state.textContent = status.status === 'running' ? 'Comparing' : 'Queued'; }
          if (status.status === 'succeeded' || status.status === 'failed') { window.location.reload(); return; }
          setTimeout(tick, 1000);
        })
        .catch(function () { setTimeout(tick, 3000); });
    }
    setTimeout(tick, 1000);
  }
})();
