// Note pop-ups: with JavaScript, a note opens next to its marker and takes the focus (Escape or a
// click elsewhere closes it and gives the focus back); without, the link jumps to the note list
// (the page works the same, only less conveniently).
document.addEventListener('DOMContentLoaded', () => {
  let open = null
  const close = (restoreFocus) => {
    if (!open) return
    const ref = document.getElementById(open.dataset.for)
    open.remove()
    open = null
    if (restoreFocus && ref) ref.focus()
  }
  document.querySelectorAll('a[role="doc-noteref"]').forEach((ref) => {
    ref.addEventListener('click', (event) => {
      const note = document.getElementById(ref.getAttribute('href').slice(1))
      if (!note) return
      event.preventDefault()
      const wasThis = open && open.dataset.for === ref.id
      close(false)
      if (wasThis) return
      const box = document.createElement('div')
      box.className = 'note-popup'
      box.setAttribute('role', 'note')
      box.setAttribute('aria-label', ref.getAttribute('aria-label') || 'note')
      box.tabIndex = -1
      box.dataset.for = ref.id
      const copy = note.cloneNode(true)
      copy.removeAttribute('id')
      copy.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'))
      copy.querySelectorAll('.backlink').forEach((e) => e.remove())
      box.append(...copy.childNodes)
      const r = ref.getBoundingClientRect()
      const width = Math.min(460, document.documentElement.clientWidth - 16)
      box.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - width - 8))}px`
      box.style.top = `${window.scrollY + r.bottom + 6}px`
      box.style.maxWidth = `${width}px`
      document.body.append(box)
      open = box
      box.focus({ preventScroll: true })
    })
  })
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(true) })
  document.addEventListener('click', (e) => { if (open && !open.contains(e.target) && !e.target.closest('a[role="doc-noteref"]')) close(false) })
})
