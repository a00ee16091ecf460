<?xml version="1.0" encoding="UTF-8"?>
<!-- Permalinks: each paragraph, heading, verse line, list item and note whose TEI element has a
     stable id (enrich gives every block and note one, or the editor did) ends with a small link
     to itself, shown when the block is hovered or the link has the focus. A pass over the page
     as rendered, so the element templates stay as they are: `lx:page` runs it on the body when
     it is given the ids and their labels. Positional ids of TEI without xml:ids get no link:
     they are not stable. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- the HTML elements that are cited as a whole (sections and letter parts are targets only) -->
  <xsl:variable name="lx:citable-elements" as="xs:string+" select="('p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'span', 'caption', 'figcaption')"/>

  <xsl:mode name="lx:permalinks" on-no-match="shallow-copy"/>

  <xsl:template match="*[@id][local-name() = $lx:citable-elements]" mode="lx:permalinks">
    <xsl:param name="labels" as="map(xs:string, xs:string)" tunnel="yes"/>
    <!-- a note's back-link stays last -->
    <xsl:variable name="back" select="a[@class = 'backlink']"/>
    <xsl:copy>
      <xsl:apply-templates select="@*, node() except $back" mode="lx:permalinks"/>
      <xsl:if test="map:contains($labels, @id)">
        <xsl:if test="empty($back)"><xsl:text> </xsl:text></xsl:if>
        <a class="permalink" href="#{@id}" title="Permalink" aria-label="Permalink to {$labels(@id)}">¶</a>
        <xsl:if test="exists($back)"><xsl:text> </xsl:text></xsl:if>
      </xsl:if>
      <xsl:apply-templates select="$back" mode="lx:permalinks"/>
    </xsl:copy>
  </xsl:template>

  <!-- The labels of a document's citable elements by id: "¶ 12", "note 3" (a TEI may hold several texts). -->
  <xsl:function name="lx:permalink-labels" as="map(xs:string, xs:string)">
    <xsl:param name="text" as="element()*"/>
    <xsl:sequence select="map:merge((
      $text//*[@xml:id][lx:block-of(.) is .] ! map:entry(string(@xml:id), '¶ ' || lx:block-number(.)),
      $text//tei:note[@xml:id][not(ancestor::tei:note)] ! map:entry(string(@xml:id), 'note ' || lx:note-number(.))))"/>
  </xsl:function>
</xsl:stylesheet>
