<?xml version="1.0" encoding="UTF-8"?>
<!-- What print does differently with a transcription: the page cannot show the other reading on
     demand, so a choice prints its edited reading with a lettered note at the foot of the page
     (a, b, c… counted per document, apart from the numbered notes): "the] in the source: teh".
     An expansion whose added letters are marked (ex, in italics) shows both forms at once and has
     no note. The source's line breaks are not kept; page images are not printed; a figure prints
     its image, its heading and its description. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- does a choice get a lettered note? -->
  <xsl:function name="lx:has-text-note" as="xs:boolean">
    <xsl:param name="choice" as="element()"/>
    <xsl:variable name="shown" select="lx:choice-shown($choice)"/>
    <xsl:sequence select="exists($choice/* except $shown) and not($shown/self::tei:expan and $shown//tei:ex) and not($choice/ancestor::tei:note)"/>
  </xsl:function>
  <!-- the lettered notes are counted per document (a teiCorpus volume starts each anew) -->
  <xsl:accumulator name="lx:text-notes" initial-value="0" as="xs:integer">
    <xsl:accumulator-rule match="tei:TEI" select="0"/>
    <xsl:accumulator-rule match="tei:choice[lx:has-text-note(.)]" select="$value + 1"/>
  </xsl:accumulator>
  <!-- the note cites the whole word a choice stands in ("Cap<choice>…tain…</choice>" → Captain) -->
  <xsl:function name="lx:word-around" as="xs:string">
    <xsl:param name="choice" as="element()"/>
    <xsl:param name="shown" as="element()"/>
    <xsl:variable name="before" select="replace(string($choice/preceding-sibling::node()[1][self::text()]), '^.*[^\p{L}\p{N}]', '', 's')"/>
    <xsl:variable name="after" select="replace(string($choice/following-sibling::node()[1][self::text()]), '[^\p{L}\p{N}].*$', '', 's')"/>
    <xsl:sequence select="normalize-space($before || string-join($shown//text()[not(ancestor::tei:note)], '') || $after)"/>
  </xsl:function>
  <xsl:function name="lx:letter" as="xs:string">
    <xsl:param name="k" as="xs:integer"/>
    <xsl:sequence select="format-integer($k, 'a')"/>
  </xsl:function>

  <xsl:template match="tei:choice">
    <xsl:variable name="shown" select="lx:choice-shown(.)"/>
    <span class="choice {local-name($shown)}"><xsl:apply-templates select="$shown/node()"/></span>
    <xsl:if test="lx:has-text-note(.)">
      <span class="footnote tn tn-{accumulator-before('lx:text-notes')}"><span class="tn-lemma"><xsl:value-of select="lx:word-around(., $shown)"/></span>] <xsl:value-of select="lx:alternate-label(* except $shown)"/></span>
    </xsl:if>
  </xsl:template>

  <!-- The space between two phrases ("<persName>…</persName> <title>…</title>") as an element of
       its own: Paged.js drops a text node of nothing but whitespace where it deems it ignorable,
       and on a page that continues a paragraph it ran the two words together. -->
  <xsl:template match="text()[not(normalize-space())][preceding-sibling::node()[1][self::*]][following-sibling::node()[1][self::*]][not(following-sibling::node()[1][self::tei:app])][not(parent::*[matches(local-name(), '^(div[1-7]?|body|front|back|group|text|lg|list|listBibl|table|row|figure|sp|floatingText|titlePage|TEI|teiCorpus)$')])]" priority="2"><span class="ws"><xsl:text> </xsl:text></span></xsl:template>

  <!-- The printed page has lines of its own: the source's line breaks are not kept (its lines,
       longer or shorter than the print measure, broke the justified paragraphs into lines of one
       word), a line break between words is a space and one inside a word (break="no") joins it. -->
  <xsl:template match="tei:lb"><xsl:if test="not(lx:joins(.))"><xsl:text> </xsl:text></xsl:if></xsl:template>

  <!-- a page image stays in the HTML edition; the margin marks the page break -->
  <xsl:template name="lx:page-image"/>
  <xsl:template match="tei:cb"><span class="cb"><span class="pb-mark">¦</span><xsl:if test="@n"><span class="pb-margin">[col. <xsl:value-of select="@n"/>]</span></xsl:if></span><xsl:if test="lx:needs-space(.)"><xsl:text> </xsl:text></xsl:if></xsl:template>

  <!-- the description is printed too: a reader of the page cannot ask for the image's text
       alternative -->
  <xsl:template match="tei:figure">
    <figure class="figure">
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:apply-templates select="node() except (tei:head, tei:figDesc)"/>
      <xsl:if test="tei:head | tei:figDesc | tei:graphic/tei:desc">
        <figcaption>
          <xsl:for-each select="tei:head"><span class="figure-head"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:for-each>
          <xsl:for-each select="tei:figDesc | tei:graphic/tei:desc"><span class="fig-desc"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>
  <!-- no links out of the page: an image on another host is named -->
  <xsl:template match="tei:graphic | tei:media">
    <xsl:variable name="src" select="lx:shown-image(.)"/>
    <xsl:choose>
      <xsl:when test="$src"><img class="graphic" src="{$src}" alt="{lx:alt-text(.)}"/></xsl:when>
      <xsl:otherwise>
        <span class="graphic ed">[figure]</span>
        <xsl:call-template name="lx:media-missing"><xsl:with-param name="url" select="string(@url)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:ptr"/>
</xsl:stylesheet>
