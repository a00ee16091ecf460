<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase level: highlighting by @rend / @rendition / @style, emphasis, other languages,
     quotations (inline or as blocks, with their source), links. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- renditions with an HTML element of their own; every other token becomes a class (edition.css
       and print.css style underline, smallcaps, letterspaced, strike, uppercase, larger…) -->
  <xsl:variable name="lx:rend-elements" select="map { 'italic': 'em', 'bold': 'strong', 'superscript': 'sup', 'subscript': 'sub' }"/>

  <xsl:template match="tei:hi">
    <xsl:call-template name="lx:rendition">
      <xsl:with-param name="tokens" select="distinct-values(lx:rend-tokens(.))"/>
      <xsl:with-param name="css" select="lx:source-css(.)"/>
    </xsl:call-template>
  </xsl:template>
  <!-- one element per rendition that has one (italic bold → em in strong), then a span for the rest -->
  <xsl:template name="lx:rendition">
    <xsl:param name="tokens" as="xs:string*"/>
    <xsl:param name="css" as="xs:string?"/>
    <xsl:variable name="element" select="$tokens[map:contains($lx:rend-elements, .)][1]" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:choose>
      <xsl:when test="exists($element)">
        <xsl:element name="{$lx:rend-elements($element)}">
          <xsl:call-template name="lx:rendition">
            <xsl:with-param name="tokens" select="$tokens[. != $element]"/>
            <xsl:with-param name="css" select="$css"/>
          </xsl:call-template>
        </xsl:element>
      </xsl:when>
      <xsl:when test="exists($tokens) or $css or @xml:lang or empty(@rend | @rendition | @style)">
        <span class="{normalize-space(string-join(('hi', $tokens), ' '))}">
          <xsl:if test="$css"><xsl:attribute name="style" select="$css"/></xsl:if>
          <xsl:call-template name="lx:lang-attribute"/>
          <xsl:apply-templates/>
        </span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph"><em><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:distinct | tei:gloss">
    <xsl:variable name="tag" select="if (self::tei:term) then 'dfn' else 'span'"/>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class" select="local-name()"/>
      <!-- a language change is announced to screen readers -->
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:title"><cite><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></cite></xsl:template>

  <!-- Quotations. A block (paragraphs, verse, or standing between blocks) is a blockquote; a
       phrase is an HTML q, whose quotation marks follow the language, unless the source's own
       marks stand around it (then a span, so no mark is doubled). Indirect speech has none. -->
  <xsl:function name="lx:has-own-marks" as="xs:boolean">
    <xsl:param name="q" as="element()"/>
    <xsl:variable name="marks" select="'[&quot;“”„‟‘’‚«»‹›「」『』]'"/>
    <xsl:variable name="before" select="string($q/preceding-sibling::node()[1][self::text()])"/>
    <xsl:variable name="after" select="string($q/following-sibling::node()[1][self::text()])"/>
    <xsl:sequence select="matches(normalize-space($q), '^' || $marks) or matches(normalize-space($q), $marks || '$') or (matches($before, $marks || '\s*$') and matches($after, '^\s*' || $marks))"/>
  </xsl:function>
  <xsl:template match="tei:quote | tei:q | tei:said">
    <xsl:choose>
      <xsl:when test="lx:quote-is-block(.)">
        <blockquote class="{local-name()}"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:when test="@direct = 'false' or lx:has-own-marks(.)">
        <span class="{local-name()}"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise><q><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></q></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- a quotation with its source: a block quotation with the source at its foot, or inline
       "quoted words (source)" -->
  <xsl:template match="tei:cit">
    <xsl:choose>
      <xsl:when test="lx:quote-is-block(.) or tei:quote[lx:quote-is-block(.)]">
        <blockquote class="cit"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:otherwise><span class="cit"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:cit/tei:quote" priority="2">
    <xsl:choose>
      <xsl:when test="lx:quote-is-block(.) or ../tei:quote[lx:quote-is-block(.)] or lx:quote-is-block(..)"><div class="quote"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></div></xsl:when>
      <xsl:when test="lx:has-own-marks(.)"><span class="quote"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></span></xsl:when>
      <xsl:otherwise><q><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></q></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:cit/tei:bibl | tei:cit/tei:ref[not(@target)]" priority="2">
    <xsl:choose>
      <xsl:when test="lx:quote-is-block(..) or ../tei:quote[lx:quote-is-block(.)]"><footer class="source"><xsl:apply-templates/></footer></xsl:when>
      <xsl:otherwise>
        <xsl:if test="not(matches(string(preceding-sibling::node()[1]), '\s$'))"><xsl:text> </xsl:text></xsl:if>
        <span class="bibl"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- a bibliography in the text: one entry per bibl -->
  <xsl:template match="tei:listBibl"><xsl:apply-templates select="tei:head"/><ul class="list bibl-list"><xsl:for-each select="* except tei:head"><li><xsl:apply-templates select="."/></li></xsl:for-each></ul></xsl:template>
  <xsl:template match="tei:listBibl/tei:head"><p class="block-head"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:bibl | tei:biblStruct | tei:msName"><span class="bibl"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></span></xsl:template>

  <!-- Links. A pointer into the document (#id) leads to the block or note that holds its target;
       any other target only when it is safe (lx:target-url). -->
  <xsl:function name="lx:ref-href" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="first" select="tokenize(normalize-space($ref/@target), ' ')[1]"/>
    <xsl:choose>
      <xsl:when test="starts-with($first, '#')">
        <xsl:variable name="target" select="($ref/ancestor::tei:TEI[1]/tei:text//*[@xml:id = substring($first, 2)])[1]"/>
        <xsl:variable name="anchor" select="if ($target) then (lx:anchor-of($target), for $b in ($target//(tei:head | tei:p | tei:l | tei:item | tei:ab))[1] return lx:anchor-of($b))[1] else ()"/>
        <!-- a fragment naming nothing in the TEI may name something of the page: kept as written -->
        <xsl:sequence select="if ($target/self::tei:note) then '#note-' || lx:note-number($target) else if ($anchor) then '#' || $anchor else if (empty($target)) then lx:target-url($first) else ()"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="lx:target-url($ref/@target)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
  <xsl:template match="tei:ref">
    <xsl:variable name="href" select="lx:ref-href(.)"/>
    <xsl:choose>
      <xsl:when test="$href"><a href="{$href}"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></a></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:ptr">
    <xsl:variable name="href" select="lx:ref-href(.)"/>
    <xsl:if test="$href"><a class="ptr ed" href="{$href}"><xsl:value-of select="if (starts-with($href, '#')) then '→' else $href"/></a></xsl:if>
  </xsl:template>
</xsl:stylesheet>
