<?xml version="1.0" encoding="UTF-8"?>
<!-- What the search index needs of one document, made from its digest (tei-to-digest.xsl) as a
     secondary result "search" in JSON: its language, type, title and date, the register entries
     it names (facets), its senders and addressees. The text to search is read by
     src/render/search/search-text.ts (a walk of the tree here cost several ms per letter). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- the document's register entry with an id (the standOff is small: no key, whose index would scan the whole text) -->
  <xsl:function name="lx:search-entry" as="element()?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$tei/tei:standOff/*/*[@xml:id = $id][1]"/>
  </xsl:function>

  <!-- [id, name] of each register entry the digest's mentions name with an element, in text order, once each -->
  <xsl:function name="lx:named-entries" as="array(xs:string)*">
    <xsl:param name="digest" as="element(lx:digest)"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="for $ref in distinct-values($digest/lx:mention[@name = $name]/@ref)
      return (let $entry := lx:search-entry($tei, $ref)
        return [$ref, if ($entry) then lx:entry-name($entry) else ($tei/tei:text//*[local-name() = $name][lx:ref-id(@ref) = $ref])[1]/normalize-space()])"/>
  </xsl:function>

  <!-- [key, name] of each correspondent of a direction ('sent', 'received') (browse.xsl's keys) -->
  <xsl:function name="lx:correspondents" as="array(xs:string)*">
    <xsl:param name="digest" as="element(lx:digest)"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:for-each-group select="$digest/tei:correspDesc/tei:correspAction[@type = $type]/(tei:persName | tei:orgName)" group-by="lx:correspondent-key(.)">
      <xsl:variable name="entry" select="lx:search-entry($tei, substring-after(current-grouping-key(), 'ref:'))"/>
      <xsl:sequence select="[current-grouping-key(), if ($entry) then lx:entry-name($entry) else normalize-space(.)]"/>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:template name="lx:search-record">
    <xsl:param name="digest" as="element(lx:digest)"/>
    <xsl:variable name="sent" select="($digest/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date[@when or @from])[1]"/>
    <xsl:variable name="bibl" select="$digest/tei:bibl/tei:date[1]"/>
    <xsl:result-document href="search" method="json" indent="no">
      <xsl:sequence select="map {
        'lang': string((@xml:lang, $language)[1]),
        'type': if (matches($digest/@type, '^(\d+ )?letters?$')) then 'letter' else string($digest/@type),
        'title': string($digest/@title),
        'date': string(($sent/@when, $sent/@from, $bibl/@when, $bibl/@from)[1]),
        'person': array { lx:named-entries($digest, 'persName', .) },
        'place': array { lx:named-entries($digest, 'placeName', .) },
        'org': array { lx:named-entries($digest, 'orgName', .) },
        'sender': array { lx:correspondents($digest, 'sent', .) },
        'addressee': array { lx:correspondents($digest, 'received', .) }
      }"/>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
