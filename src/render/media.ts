/**
 * The edition's images (figures, page images) for the renderers. The stylesheets show an image
 * only when it is a file of the edition folder (xslt/common/media.xsl): they are given the image
 * files the TEI names that exist, and where the TEI file stands, and write
 * `media/<path in the edition folder>`.
 * The site copies the images a page uses; the print page is served them from the folder.
 */
import { copyFileSync, existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs'
import { dirname, join, posix, sep } from 'node:path'

/** Formats a browser shows in an <img> (TIFF and the like are not: they are named, not shown). */
const IMAGE = /\.(png|jpe?g|gif|webp|svg|avif)$/i

/** Where the renderers find a document's images: the edition folder and the TEI file's path in it. */
export interface MediaContext {
  /** The folder images are taken from (the edition folder). */
  dir: string
  /** Each document's TEI (or source) file relative to `dir`, in document order. */
  sourcePaths: string[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (v: string) => v.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : ENTITIES[e.toLowerCase()])

/**
 * The image files of `media.dir` that the TEI names (graphic/@url, pb/@facs, relative to each
 * document's file): the stylesheets show exactly these. Only files inside the folder, in a format
 * a browser shows.
 */
export function mediaFiles(teiXml: string, media: MediaContext): string[] {
  const found = new Set<string>()
  const dirs = [...new Set(media.sourcePaths.map((p) => posix.dirname(p.split(sep).join('/'))))]
  for (const m of teiXml.matchAll(/\s(?:url|facs)\s*=\s*("[^"]*"|'[^']*')/g)) {
    for (const token of unescape(m[1].slice(1, -1)).trim().split(/\s+/)) {
      if (!token || /^([a-z][a-z0-9+.-]*:|[/\\#])/i.test(token) || !IMAGE.test(token.replace(/[?#].*$/, ''))) continue
      let decoded: string
      try { decoded = decodeURIComponent(token.replace(/[?#].*$/, '')) } catch { continue }
      for (const d of dirs) {
        const path = posix.normalize(posix.join(d, decoded))
        if (path.startsWith('../') || path === '..' || !existsSync(join(media.dir, path))) continue
        found.add(path)
      }
    }
  }
  return [...found].sort()
}

/** The stylesheet parameters for a document's images (xslt/common/media.xsl). */
export function mediaParams(media: MediaContext | undefined, teiXml: string): Record<string, string> {
  if (!media) return {}
  return { 'source-paths': media.sourcePaths.map((p) => p.split(sep).join('/')).join('\n'), 'media-files': mediaFiles(teiXml, media).join('\n') }
}

/** The images a rendered page shows or links (`media/…` in src or href), as paths in the edition folder. */
export function mediaUsed(html: string): string[] {
  const used = new Set<string>()
  for (const m of html.matchAll(/\s(?:src|href)="media\/([^"#?]+)"/g)) {
    try { used.add(decodeURIComponent(m[1].replace(/&amp;/g, '&'))) } catch { /* not written by media.xsl */ }
  }
  return [...used].sort()
}

/**
 * Copies the images a page uses from the edition folder to `<htmlDir>/media/`. Only files of the
 * folder are copied (a path leading out of it, through a link, is skipped).
 */
export function copyMedia(paths: readonly string[], dir: string, htmlDir: string): void {
  const root = realpathSync(dir)
  for (const path of paths) {
    const from = join(dir, path)
    if (!existsSync(from)) continue
    const real = realpathSync(from)
    if (!real.startsWith(root + sep)) continue
    const to = join(htmlDir, 'media', path)
    mkdirSync(dirname(to), { recursive: true })
    // a file carried over from the last build may be a hard link to it: replaced, never written through
    rmSync(to, { force: true })
    copyFileSync(real, to)
  }
}
