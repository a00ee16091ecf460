<?xml version="1.0" encoding="UTF-8"?>
<!-- The document's metadata panel (source, witness, date, sender and addressee, downloads) and its Cite section. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:param name="tei-href" as="xs:string" select="''"/>
  <xsl:param name="pdf-href" as="xs:string" select="''"/>
  <!-- the Cite section: the edition's citation facts (src/core/citation.ts), the document's URL,
       the file name of its BibTeX and CSL-JSON downloads in cite/; none without cite-id -->
  <xsl:param name="cite-id" as="xs:string" select="''"/>
  <xsl:param name="cite-edition" as="xs:string" select="''"/>
  <xsl:param name="cite-editors" as="xs:string" select="''"/>
  <xsl:param name="cite-publisher" as="xs:string" select="''"/>
  <xsl:param name="cite-version" as="xs:string" select="''"/>
  <xsl:param name="cite-issued" as="xs:string" select="''"/>
  <xsl:param name="cite-url" as="xs:string" select="''"/>

  <xsl:template name="lx:metadata">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <aside class="metadata" aria-label="About this document">
      <h2>About this document</h2>
      <dl>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
          <dt>Author</dt><dd><xsl:value-of select="."/></dd>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[1]">
          <dt>Source</dt><dd><xsl:apply-templates/></dd>
          <xsl:if test="@n"><dt>Witness</dt><dd><xsl:value-of select="replace(@n, '^witness ', '')"/></dd></xsl:if>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:profileDesc/tei:correspDesc">
          <xsl:variable name="n" select="if (count(../tei:correspDesc) gt 1) then ' (letter ' || position() || ')' else ''"/>
          <!-- several senders or addressees read "A, B and C" (lx:name-list, in the edition's language) -->
          <xsl:for-each select="tei:correspAction[@type = 'sent']">
            <dt>From<xsl:value-of select="$n"/></dt><dd><xsl:call-template name="lx:name-list"><xsl:with-param name="items" select="tei:persName | tei:orgName | tei:name | tei:rs"/><xsl:with-param name="lang" select="$edition-language"/></xsl:call-template><xsl:for-each select="tei:placeName | tei:settlement">, <xsl:apply-templates select="."/></xsl:for-each></dd>
            <xsl:for-each select="tei:date"><dt>Date<xsl:value-of select="$n"/></dt><dd><xsl:apply-templates select="."/></dd></xsl:for-each>
          </xsl:for-each>
          <xsl:for-each select="tei:correspAction[@type = 'received']">
            <dt>To<xsl:value-of select="$n"/></dt><dd><xsl:call-template name="lx:name-list"><xsl:with-param name="items" select="tei:persName | tei:orgName | tei:name | tei:rs"/><xsl:with-param name="lang" select="$edition-language"/></xsl:call-template><xsl:for-each select="tei:placeName | tei:settlement">, <xsl:apply-templates select="."/></xsl:for-each></dd>
          </xsl:for-each>
          <xsl:for-each select="tei:correspAction[@type = ('forwarded', 'redirected', 'transmitted')]">
            <dt><xsl:value-of select="map { 'forwarded': 'Forwarded by', 'redirected': 'Redirected to', 'transmitted': 'Carried by' }(@type)"/><xsl:value-of select="$n"/></dt><dd><xsl:call-template name="lx:name-list"><xsl:with-param name="items" select="tei:persName | tei:orgName | tei:name | tei:rs"/><xsl:with-param name="lang" select="$edition-language"/></xsl:call-template><xsl:for-each select="tei:placeName | tei:settlement">, <xsl:apply-templates select="."/></xsl:for-each><xsl:for-each select="tei:date">, <xsl:apply-templates select="."/></xsl:for-each></dd>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness">
          <dt>Witness <xsl:value-of select="@xml:id"/></dt><dd><xsl:apply-templates/></dd>
        </xsl:for-each>
      </dl>
      <xsl:if test="$tei-href or $pdf-href">
        <p class="downloads">
          <xsl:if test="lx:safe-url($tei-href)"><a href="{lx:safe-url($tei-href)}" type="application/tei+xml">TEI P5 (XML)</a></xsl:if>
          <xsl:if test="$tei-href and $pdf-href"> · </xsl:if>
          <xsl:if test="lx:safe-url($pdf-href)"><a href="{lx:safe-url($pdf-href)}" type="application/pdf">PDF</a></xsl:if>
        </p>
      </xsl:if>
    </aside>
  </xsl:template>

  <!-- What a citation of the document names of it: title, authors, its date, whether a letter. -->
  <xsl:function name="lx:citation-facts" as="map(xs:string, item()*)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <xsl:variable name="sent" select="($header/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date[@when or @from])[1]"/>
    <xsl:variable name="bibl" select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[1]/tei:date[@when or @from][1]"/>
    <xsl:sequence select="map {
      'title': normalize-space($header/tei:fileDesc/tei:titleStmt/tei:title[1]),
      'authors': array { $header/tei:fileDesc/tei:titleStmt/tei:author/normalize-space()[.] },
      'date': string(($sent/@when, $sent/@from, $bibl/@when, $bibl/@from)[1]),
      'letter': exists($tei/tei:text//tei:div[@type = 'letter'])
    }"/>
  </xsl:function>

  <!-- The citation facts as a secondary result "citation", for the downloads (called outside the page's body). -->
  <xsl:template name="lx:citation-result">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:if test="$cite-id and not($standalone)">
      <xsl:result-document href="citation" method="json" indent="no"><xsl:sequence select="lx:citation-facts($tei)"/></xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- The Cite section: the citation as text, and downloads (BibTeX, CSL-JSON, made by src/render/html/citation.ts from the same facts). -->
  <xsl:template name="lx:cite">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:if test="$cite-id and not($standalone)">
      <xsl:variable name="facts" select="lx:citation-facts($tei)"/>
      <xsl:variable name="file" select="encode-for-uri($cite-id)"/>
      <section class="cite" aria-labelledby="cite-h">
        <h2 id="cite-h">Cite</h2>
        <p class="citation">
          <xsl:if test="array:size($facts?authors) gt 0"><xsl:value-of select="string-join($facts?authors?*, ', ')"/>, </xsl:if>
          <xsl:text>“</xsl:text><xsl:value-of select="$facts?title"/><xsl:text>”</xsl:text>
          <xsl:if test="$facts?date"> (<xsl:value-of select="$facts?date"/>)</xsl:if>
          <xsl:text>, in </xsl:text><cite><xsl:value-of select="$cite-edition"/></cite>
          <xsl:if test="$cite-editors">, edited by <xsl:value-of select="$cite-editors"/></xsl:if>
          <xsl:text>, version </xsl:text><xsl:value-of select="$cite-version"/>
          <xsl:text> (</xsl:text><xsl:value-of select="string-join(($cite-publisher, $cite-issued)[.], ', ')"/><xsl:text>)</xsl:text>
          <xsl:choose>
            <xsl:when test="lx:safe-url($cite-url)">, <a href="{lx:safe-url($cite-url)}"><xsl:value-of select="$cite-url"/></a>.</xsl:when>
            <xsl:otherwise>.</xsl:otherwise>
          </xsl:choose>
        </p>
        <p class="downloads">Download the citation: <a href="cite/{$file}.bib" type="application/x-bibtex" download="{$cite-id}.bib">BibTeX</a><xsl:text> </xsl:text><a href="cite/{$file}.json" type="application/vnd.citationstyles.csl+json" download="{$cite-id}.json">CSL-JSON</a></p>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
