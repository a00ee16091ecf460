<?xml version="1.0" encoding="UTF-8"?>
<!-- The document's metadata panel: source, witness, date, sender and addressee, downloads. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:param name="tei-href" as="xs:string" select="''"/>
  <xsl:param name="pdf-href" as="xs:string" select="''"/>

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
</xsl:stylesheet>
