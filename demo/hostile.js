// The hostile page's own script: a list added after the page has loaded (as a CMS, a tag
// manager or a single-page app does), which the loader must still find and upgrade.
addEventListener('load', () => {
  setTimeout(() => {
    const list = document.createElement('mm-event-list');
    list.setAttribute('limit', '3');
    list.id = 'added-later';
    document.getElementById('later').append(list);
  }, 300);
});
