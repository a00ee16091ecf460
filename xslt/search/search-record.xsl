<?xml version="1.0" encoding="UTF-8"?>
<!-- What the search index needs of one document, made with its digest (tei-to-digest.xsl) as a
     secondary result "search" in JSON: its language, type, title and date, the register entries
     it names (facets), its senders and addressees, and its searchable text — the title, the text
     with its headings and notes, not the running heads; both readings of a choice. Blocks are
     kept apart by spaces, words split by markup (a page break inside a word) are not.
     src/render/search/ turns the text into terms. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- elements whose text is a word or more apart from what is around it -->
  <xsl:variable name="lx:search-blocks" as="xs:string+" select="('p', 'ab', 'head', 'note', 'item', 'l', 'lg', 'dateline', 'salute', 'signed', 'closer', 'opener', 'postscript', 'cell', 'row', 'titlePart', 'docAuthor', 'docDate', 'byline', 'label', 'quote', 'bibl', 'trailer', 'epigraph', 'argument', 'figDesc', 'addrLine', 'sic', 'corr', 'orig', 'reg', 'abbr', 'expan', 'div', 'front', 'body', 'back')"/>

  <xsl:template match="tei:fw" mode="lx:search-text"/>
  <xsl:template match="tei:lb[not(@break = 'no')] | tei:cb[not(@break = 'no')]" mode="lx:search-text"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="*" mode="lx:search-text">
    <xsl:variable name="block" select="local-name() = $lx:search-blocks"/>
    <xsl:if test="$block"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates mode="lx:search-text"/>
    <xsl:if test="$block"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- [id, name] of each register entry named with an element, in text order, once each -->
  <xsl:function name="lx:named-entries" as="array(xs:string)*">
    <xsl:param name="names" as="element()*"/>
    <xsl:param name="entries" as="element()*"/>
    <xsl:for-each select="distinct-values($names/lx:ref-id(@ref))">
      <xsl:variable name="id" select="."/>
      <xsl:variable name="entry" select="$entries[@xml:id = $id][1]"/>
      <xsl:sequence select="[$id, if ($entry) then lx:entry-name($entry) else normalize-space($names[lx:ref-id(@ref) = $id][1])]"/>
    </xsl:for-each>
  </xsl:function>

  <!-- [key, name] of each correspondent of a direction ('sent', 'received') (browse.xsl's keys) -->
  <xsl:function name="lx:correspondents" as="array(xs:string)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="entries" select="$tei/tei:standOff//(tei:person | tei:org)"/>
    <xsl:for-each-group select="$tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = $type]/(tei:persName | tei:orgName)" group-by="lx:correspondent-key(.)">
      <xsl:variable name="entry" select="$entries[@xml:id = substring-after(current-grouping-key(), 'ref:')][1]"/>
      <xsl:sequence select="[current-grouping-key(), if ($entry) then lx:entry-name($entry) else normalize-space(.)]"/>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:template name="lx:search-record">
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="text" select="tei:text"/>
    <xsl:variable name="entries" select="tei:standOff//(tei:person | tei:place | tei:org)"/>
    <xsl:variable name="sent" select="($header/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date[@when or @from])[1]"/>
    <xsl:variable name="bibl" select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:result-document href="search" method="json" indent="no">
      <xsl:sequence select="map {
        'lang': string((@xml:lang, $language)[1]),
        'type': if ($text//tei:div[@type = 'letter']) then 'letter' else string(($text/tei:body/tei:div/@type, 'text')[1]),
        'title': normalize-space($header/tei:fileDesc/tei:titleStmt/tei:title[1]),
        'date': string(($sent/@when, $sent/@from, $bibl/tei:date[@when or @from][1]/(@when, @from))[1]),
        'person': array { lx:named-entries($text//tei:persName[@ref], $entries) },
        'place': array { lx:named-entries($text//tei:placeName[@ref], $entries) },
        'org': array { lx:named-entries($text//tei:orgName[@ref], $entries) },
        'sender': array { lx:correspondents(., 'sent') },
        'addressee': array { lx:correspondents(., 'received') },
        'text': normalize-space(string-join(($header/tei:fileDesc/tei:titleStmt/tei:title[1], ' ', $text ! lx:search-text(.)), ''))
      }"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:function name="lx:search-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="parts"><xsl:apply-templates select="$e" mode="lx:search-text"/></xsl:variable>
    <xsl:sequence select="string($parts)"/>
  </xsl:function>
</xsl:stylesheet>
