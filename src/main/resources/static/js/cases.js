// Case form: offer only the sub-types of the chosen type, and tick "restricted" for types restricted by default.
// Without this script every sub-type is offered and the server checks the pair.
(function () {
  var type = document.getElementById('typeId');
  var subtype = document.getElementById('subtypeId');
  var restricted = document.getElementById('restricted1');
  if (!type || !subtype) {
    return;
  }
  function update(initial) {
    var chosen = type.value;
    Array.prototype.forEach.call(subtype.options, function (option) {
      var parent = option.getAttribute('data-parent');
      var fits = !parent || parent === chosen;
      option.hidden = !fits;
      option.disabled = !fits;
      if (!fits && option.selected) {
        subtype.value = '';
      }
    });
    var selected = type.options[type.selectedIndex];
    if (!initial && restricted && selected && selected.getAttribute('data-restricted') === 'true') {
      restricted.checked = true;
    }
  }
  type.addEventListener('change', function () { update(false); });
  update(true);
})();
