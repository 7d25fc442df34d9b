// Live country filter for the editions grid; the search form works without it.
(function () {
  'use strict';
  var input = document.getElementById('country-q');
  var table = document.getElementById('editions');
  var count = document.getElementById('country-count');
  if (!input || !table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-country]'));
  var total = count ? count.textContent.replace(/^\d+/, '') : '';
  input.addEventListener('input', function () {
    var query = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var match = query === '' || row.getAttribute('data-country').indexOf(query) >= 0;
      row.hidden = !match;
      if (match) { shown++; }
    });
    if (count) { count.textContent = shown + total; }
  });
})();
