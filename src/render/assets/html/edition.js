// Note pop-ups: with JavaScript, a note opens next to its marker; without, the link jumps to the
// note list (the page works the same, only less conveniently).
document.addEventListener('DOMContentLoaded', () => {
  let open = null
  const close = () => { if (open) { open.remove(); open = null } }
  document.querySelectorAll('a[role="doc-noteref"]').forEach((ref) => {
    ref.addEventListener('click', (event) => {
      const note = document.getElementById(ref.getAttribute('href').slice(1))
      if (!note) return
      event.preventDefault()
      const wasThis = open && open.dataset.for === ref.id
      close()
      if (wasThis) return
      const box = document.createElement('div')
      box.className = 'note-popup'
      box.setAttribute('role', 'note')
      box.dataset.for = ref.id
      const copy = note.cloneNode(true)
      copy.removeAttribute('id')
      copy.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'))
      copy.querySelectorAll('.backlink').forEach((e) => e.remove())
      box.append(...copy.childNodes)
      const r = ref.getBoundingClientRect()
      box.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 460))}px`
      box.style.top = `${window.scrollY + r.bottom + 6}px`
      document.body.append(box)
      open = box
    })
  })
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') close() })
  document.addEventListener('click', (e) => { if (open && !open.contains(e.target) && !e.target.closest('a[role="doc-noteref"]')) close() })
})
