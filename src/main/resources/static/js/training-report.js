// The training report's chart: people trained and passed per course, from the canvas's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('training-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  function list(name) {
    var value = canvas.getAttribute('data-' + name) || '';
    return value === '' ? [] : value.split('|');
  }
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: list('labels'),
      datasets: [
        { label: canvas.getAttribute('data-trained-label'), data: list('trained').map(Number), backgroundColor: '#8fb8a8' },
        { label: canvas.getAttribute('data-passed-label'), data: list('passed').map(Number), backgroundColor: '#0b6e4f' }
      ]
    },
    options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
});
