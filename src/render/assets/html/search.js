// The search page's entry point, a classic script: a page opened from disk (file://) cannot read
// the search index, so it says how to serve the site; otherwise the search itself is loaded
// (search-app.js, a module).
(() => {
  const offline = document.getElementById('search-offline')
  if (location.protocol === 'file:') {
    // the folder above html/ (the build's dist/), where the TEI and PDF links lead too
    const dir = decodeURIComponent(location.pathname).replace(/\/[^/]*$/, '').replace(/\/html$/, '')
    document.getElementById('search-offline-dir').textContent = /\s/.test(dir) ? `"${dir}"` : dir
    offline.hidden = false
    return
  }
  import('./search-app.js').then((app) => app.start(document)).catch((e) => {
    document.getElementById('search-status').textContent = `The search could not be loaded (${e.message}).`
  })
})()
