# METADATA
# title: Country groups for GDPR Chapter V
# description: |
#   The EEA and the EU adequacy decisions in force (shared/dpas/OBLIGATIONS.md 7.2 and 7.3,
#   status end of 2025). Countries arrive as ISO 3166-1 alpha-2 codes, normalised by the engine.
package lib.countries

# eea is the EU-27 plus Iceland, Liechtenstein and Norway: no Chapter V transfer inside it.
eea := {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
	"LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
}

# adequacy maps each country with an EU adequacy decision to the decision and its scope.
# The United States is adequate only for organisations certified under the Data Privacy Framework.
adequacy := {
	"AD": {"decision": "2010/625/EU", "date": "2010-10-19"},
	"AR": {"decision": "2003/490/EC", "date": "2003-06-30"},
	"CA": {"decision": "2002/2/EC", "date": "2001-12-20", "scope": "commercial organisations subject to PIPEDA"},
	"CH": {"decision": "2000/518/EC", "date": "2000-07-26"},
	"FO": {"decision": "2010/146/EU", "date": "2010-03-05"},
	"GB": {"decision": "(EU) 2021/1772, renewed December 2025 to 2031", "date": "2021-06-28"},
	"GG": {"decision": "2003/821/EC", "date": "2003-11-21"},
	"IL": {"decision": "2011/61/EU", "date": "2011-01-31"},
	"IM": {"decision": "2004/411/EC", "date": "2004-04-28"},
	"JE": {"decision": "2008/393/EC", "date": "2008-05-08"},
	"JP": {"decision": "(EU) 2019/419", "date": "2019-01-23", "scope": "private sector under APPI"},
	"KR": {"decision": "(EU) 2022/254", "date": "2021-12-17", "scope": "PIPA"},
	"NZ": {"decision": "2013/65/EU", "date": "2012-12-19"},
	"US": {"decision": "(EU) 2023/1795 (EU-US Data Privacy Framework)", "date": "2023-07-10", "scope": "DPF-certified organisations only"},
	"UY": {"decision": "2012/484/EU", "date": "2012-08-21"},
}

# dpf_only lists the countries whose adequacy covers only certified organisations.
dpf_only := {"US"}

# in_eea is true for an EEA country.
in_eea(code) if code in eea

# adequate is true where an adequacy decision covers the whole country.
adequate(code) if {
	adequacy[code]
	not code in dpf_only
}

# allowed is true when a country is in a list of codes and groups ("EEA", "adequacy").
allowed(code, list) if code in list

allowed(code, list) if {
	"EEA" in list
	in_eea(code)
}

allowed(code, list) if {
	"adequacy" in list
	adequate(code)
}
