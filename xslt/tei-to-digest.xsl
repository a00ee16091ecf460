<?xml version="1.0" encoding="UTF-8"?>
<!-- One TEI document → its digest: the little the edition-level pages (home, indexes, chronology,
     about) need from it. The site is rendered from the digests of all documents, so an edition of
     ten thousand letters never has to hold ten thousand documents in memory at once.
     Anchors (¶ and note numbers) are computed here, on the whole document, exactly as the
     document's own page computes them, so index links land on the right paragraph. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="xs">

  <xsl:import href="common/functions.xsl"/>
  <xsl:include href="search/search-record.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>

  <!-- the file name of the document's page in the site -->
  <xsl:param name="page" as="xs:string" select="''"/>
  <!-- the edition's language, for a document that does not say its own -->
  <xsl:param name="language" as="xs:string" select="'en'"/>
  <!-- false: no search record (the edition has no search) -->
  <xsl:param name="search" as="xs:boolean" select="false()"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="bibl" select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:variable name="letters" select="count(tei:text//tei:div[@type = 'letter'])"/>
    <xsl:variable name="digest" as="element(lx:digest)">
    <lx:digest page="{($page[.], @xml:id || '.html')[1]}"
      title="{normalize-space($header/tei:fileDesc/tei:titleStmt/tei:title[1])}"
      author="{normalize-space($header/tei:fileDesc/tei:titleStmt/tei:author[1])}"
      date="{($header/tei:profileDesc/tei:correspDesc[1]/tei:correspAction[@type = 'sent']/tei:date/@when, $bibl/tei:date/@when, normalize-space($bibl/tei:date))[1]}"
      type="{if ($letters gt 1) then $letters || ' letters' else if ($letters = 1) then 'letter' else (tei:text/tei:body/tei:div/@type, 'text')[1]}"
      source="{normalize-space($bibl)}">
      <xsl:for-each select="distinct-values($header/tei:encodingDesc/tei:editorialDecl/tei:p/normalize-space())">
        <lx:decl><xsl:value-of select="."/></lx:decl>
      </xsl:for-each>
      <!-- what the chronology dates the document by: its letters' sending, else its source -->
      <xsl:copy-of select="$header/tei:profileDesc/tei:correspDesc" copy-namespaces="no"/>
      <xsl:if test="$bibl/tei:date[@when or @from]">
        <tei:bibl><xsl:copy-of select="$bibl/tei:date[@when or @from][1]" copy-namespaces="no"/></tei:bibl>
      </xsl:if>
      <!-- each place in the text where an entry is named: once per entry and paragraph (or note) -->
      <xsl:for-each-group select="tei:text//(tei:persName | tei:placeName | tei:orgName)[@ref]" group-by="local-name() || ' ' || lx:ref-id(@ref) || ' ' || (lx:anchor-of(.), '')[1]">
        <lx:mention name="{local-name()}" ref="{lx:ref-id(@ref)}" anchor="{(lx:anchor-of(.), '')[1]}" label="{(lx:anchor-label(.), 'title')[1]}"/>
      </xsl:for-each-group>
      <xsl:for-each select="tei:text//tei:date[@when or @from]">
        <lx:date anchor="{(lx:anchor-of(.), '')[1]}">
          <xsl:copy-of select="@when | @from | @to"/>
          <xsl:value-of select="normalize-space(.)"/>
        </lx:date>
      </xsl:for-each>
    </lx:digest>
    </xsl:variable>
    <xsl:sequence select="$digest"/>
    <!-- the register entries the document carries (standOff), each as a secondary result
         "entry/ID", so the site keeps one copy of an entry however many documents name it -->
    <xsl:for-each select="tei:standOff//(tei:person | tei:place | tei:org)[@xml:id]">
      <xsl:result-document href="entry/{@xml:id}" method="xml" omit-xml-declaration="yes" indent="no">
        <xsl:copy-of select="." copy-namespaces="no"/>
      </xsl:result-document>
    </xsl:for-each>
    <!-- the search record, made from the digest (what it gathered is not looked for again) -->
    <xsl:if test="$search"><xsl:call-template name="lx:search-record"><xsl:with-param name="digest" select="$digest"/></xsl:call-template></xsl:if>
  </xsl:template>
</xsl:stylesheet>
