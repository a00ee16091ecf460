<?xml version="1.0" encoding="UTF-8"?>
<!-- Images of the edition: figures (graphic/@url) and page images (pb/@facs, directly or through
     a facsimile surface). A relative URL is resolved against the TEI file it stands in (its place
     in the edition folder is given by the caller; xml:base is not followed), and the image is
     shown only when that file is one of the edition's images (media-files: those the TEI names
     that exist, found by src/render/media.ts): it is then copied to
     the site (HTML) or served to the page (print) as media/<path in the edition folder>. Nothing
     outside the edition folder, and nothing from another host, is ever loaded. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- each document's TEI file, relative to the edition folder, one per line in document order
       (one line for a single document; the documents of a teiCorpus in their order) -->
  <xsl:param name="source-paths" as="xs:string" select="''"/>
  <!-- the image files of the edition folder the document names, relative to it, one per line -->
  <xsl:param name="media-files" as="xs:string" select="''"/>

  <!-- "site": images of the edition folder only, as media/<path> (the site and the print
       edition); "as-is": a relative URL is kept as written (a single page written beside its TEI) -->
  <xsl:param name="media-mode" as="xs:string" select="'site'"/>

  <xsl:variable name="lx:media-files" select="tokenize($media-files, '\n')[.]" as="xs:string*"/>
  <xsl:variable name="lx:source-paths" select="tokenize($source-paths, '\n')" as="xs:string*"/>
  <xsl:variable name="lx:edition-root" select="'file:///lectio-edition-root/'"/>

  <!-- The TEI file an element stands in, as an URI under the edition root. -->
  <xsl:function name="lx:source-uri" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="doc" select="$e/ancestor-or-self::tei:TEI[last()]"/>
    <xsl:variable name="k" select="if ($doc/parent::tei:teiCorpus) then count($doc/preceding-sibling::tei:TEI) + 1 else 1"/>
    <xsl:variable name="path" select="($lx:source-paths[$k][.], 'document.xml')[1]"/>
    <xsl:sequence select="resolve-uri(iri-to-uri($path), $lx:edition-root)"/>
  </xsl:function>

  <!-- The path in the edition folder of the image a relative URL names, or nothing (another host,
       another scheme, outside the edition folder). -->
  <xsl:function name="lx:media-path" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:if test="$u and not(matches($u, '^([a-z][a-z0-9+.\-]*:|/|\\)', 'i'))">
      <xsl:variable name="resolved" select="string(resolve-uri(iri-to-uri(replace($u, '[?#].*$', '')), lx:source-uri($e)))"/>
      <xsl:if test="starts-with($resolved, $lx:edition-root)">
        <xsl:sequence select="string-join(for $s in tokenize(substring-after($resolved, $lx:edition-root), '/') return lx:percent-decode($s), '/')"/>
      </xsl:if>
    </xsl:if>
  </xsl:function>

  <!-- %20 → space (file names in the edition folder are plain text; URLs are encoded) -->
  <xsl:function name="lx:percent-decode" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="$s" regex="(%[0-9A-Fa-f]{{2}})+">
        <xsl:matching-substring>
          <xsl:variable name="bytes" select="for $h in tokenize(substring(., 2), '%') return lx:hex($h)"/>
          <xsl:sequence select="lx:utf8($bytes)"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>
  <xsl:function name="lx:hex" as="xs:integer">
    <xsl:param name="h" as="xs:string"/>
    <xsl:sequence select="fold-left(string-to-codepoints(upper-case($h)), 0, function($n, $c) { $n * 16 + (if ($c le 57) then $c - 48 else $c - 55) })"/>
  </xsl:function>
  <!-- UTF-8 bytes → characters (a broken sequence becomes U+FFFD, never an error) -->
  <xsl:function name="lx:utf8" as="xs:string">
    <xsl:param name="bytes" as="xs:integer*"/>
    <xsl:variable name="b" select="$bytes[1]"/>
    <xsl:variable name="n" select="if (empty($b)) then 0 else if ($b lt 128) then 1 else if ($b ge 240) then 4 else if ($b ge 224) then 3 else if ($b ge 192) then 2 else 1"/>
    <xsl:choose>
      <xsl:when test="empty($b)"><xsl:sequence select="''"/></xsl:when>
      <xsl:when test="$n = 1"><xsl:sequence select="codepoints-to-string(if ($b lt 128) then $b else 65533) || lx:utf8(subsequence($bytes, 2))"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="tail" select="subsequence($bytes, 2, $n - 1)"/>
        <xsl:variable name="lead" select="$b mod (if ($n = 2) then 32 else if ($n = 3) then 16 else 8)"/>
        <xsl:variable name="cp" select="fold-left($tail, $lead, function($c, $x) { $c * 64 + $x mod 64 })"/>
        <xsl:sequence select="(if (count($tail) = $n - 1 and $cp gt 0 and $cp le 1114111) then codepoints-to-string($cp) else '&#xFFFD;') || lx:utf8(subsequence($bytes, $n + 1))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The site path of an image when the edition has it: media/<path>, percent-encoded for a URL. -->
  <xsl:function name="lx:media-src" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="path" select="lx:media-path($url, $e)"/>
    <xsl:if test="$media-mode = 'as-is' and not(matches(normalize-space($url), '^([a-z][a-z0-9+.\-]*:|/|\\)', 'i'))"><xsl:sequence select="lx:safe-url($url)"/></xsl:if>
    <xsl:if test="$media-mode != 'as-is' and exists($path) and $path = $lx:media-files">
      <xsl:sequence select="'media/' || string-join(for $s in tokenize($path, '/') return encode-for-uri($s), '/')"/>
    </xsl:if>
  </xsl:function>

  <!-- The image of a page break: @facs as a URL, or as a pointer (#id) to a surface or graphic of
       the document's facsimile. -->
  <xsl:function name="lx:facs-url" as="xs:string?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="f" select="normalize-space(tokenize(normalize-space($pb/@facs), ' ')[1])"/>
    <xsl:variable name="target" select="if (starts-with($f, '#')) then ($pb/ancestor::tei:TEI[1]/tei:facsimile//*[@xml:id = substring($f, 2)])[1] else ()"/>
    <xsl:sequence select="if (starts-with($f, '#')) then string(($target/self::tei:graphic, $target//tei:graphic)[1]/@url)[.] else $f[.]"/>
  </xsl:function>

  <!-- Where a page break's number links: its image in the edition, or a page image on the web
       (http, https: a link, never loaded into the page). -->
  <xsl:function name="lx:page-image-href" as="xs:string?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="url" select="lx:facs-url($pb)"/>
    <xsl:sequence select="if ($url) then (lx:media-src($url, $pb), lx:target-url($url)[matches(., '^https?:', 'i')])[1] else ()"/>
  </xsl:function>

  <!-- An image the edition names but does not have: reported with where it stands (a located
       warning, see src/render/saxon.ts), so the editor can add the file or correct the URL. -->
  <xsl:template name="lx:media-missing">
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="path" select="lx:media-path($url, .)"/>
    <xsl:if test="not(matches(normalize-space($url), '^[a-z][a-z0-9+.\-]*:', 'i'))">
      <xsl:message select="'[render-image-missing] warning: at ' || path(.) || ': ' || (if (exists($path)) then 'the image ' || $path || ' (' || normalize-space($url) || ') is not an image file of the edition folder' else 'the image ' || normalize-space($url) || ' is outside the edition folder') || '; the page names it instead of showing it'"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
