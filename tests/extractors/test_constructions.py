"""One small Dutch sentence per construction, through textkg's real trained pipeline.

Each case asserts that the expected (subject, label, object) triples are among those extracted. The
rules themselves are pinned on hand-written parses in ``test_rules.py``; here the statistical parser
is in the loop, so a single case may miss when a retrained model parses its sentence differently:
such a case is reported as xfail with the parser's reading, and ``test_construction_suite`` requires
that at least 80 % of the cases pass, so a real regression still fails the build.
"""

from __future__ import annotations

from extractor_fixtures import nlp, run  # noqa: F401  (pytest fixtures)

import pytest

from textkg.facts import Entity


def spo(doc):
    """The (subject, English label, object) triples of a Document, as a set."""
    return {(t.subject.name, t.label, t.object.name if isinstance(t.object, Entity) else t.object.text) for t in doc.triples}

CASES = [
    # id, text, expected triples
    ("svo", "Shell gebruikt software.", {("Shell", "uses", "software")}),
    ("support-noun-leiding", "Anna de Wit geeft leiding aan Philips.", {("Anna de Wit", "leads", "Philips")}),
    ("presents-by-agent", "Het programma wordt gepresenteerd door Ruben Akkerman.", {("Ruben Akkerman", "presents", "programma")}),
    ("class-noun-after-van", "Dat zegt Femke Dijkhuis van milieuorganisatie Groen Rivierenland.",
     {("Femke Dijkhuis", "works for", "Groen Rivierenland"), ("Groen Rivierenland", "is a", "milieuorganisatie")}),
    ("support-noun-debuut", "De middenvelder Jan Smit maakt zaterdag zijn debuut in de uitwedstrijd.",
     {("Jan Smit", "debuts in", "uitwedstrijd")}),
    ("anaphoric-subclass-types-its-name", "Philips groeit snel. Het technologieconcern produceert scanners.",
     {("Philips", "is a", "technologieconcern"), ("Philips", "produces", "scanners")}),
    ("money-put-in-is-invested", "Shell zet 25 miljoen euro in.", {("Shell", "invests", "25 miljoen")}),
    ("buying-things-is-buying", "Klanten kopen meubels online.", {("Klanten", "buys", "meubels")}),
    ("ministry-portfolio-is-one-name", "Het plan komt van minister Karin Dijkhuizen van Onderwijs, Cultuur en Wetenschap.",
     {("Karin Dijkhuizen", "is minister of", "Onderwijs, Cultuur en Wetenschap")}),
    ("party-in-brackets", "Wethouder Tom Bakker (GroenLinks) is tevreden.", {("Tom Bakker", "is member of", "GroenLinks")}),
    ("role-apposition-after-speech-verb", '"We zijn blij met de steun", zegt Mark de Wit, voorzitter van de Vereniging van Nederlandse Gemeenten.',
     {("Mark de Wit", "is chair of", "Vereniging van Nederlandse Gemeenten")}),
    ("reciprocal-with-a-topic", "Philips en Siemens gaan samenwerken op het gebied van medische scanners.",
     {("Philips", "collaborates with", "Siemens"), ("Siemens", "collaborates with", "Philips")}),
    ("shares-of-a-named-owner", "De aandelen van Adyen stegen dinsdag met 5 procent.", {("Adyen", "shares increases", "5 procent")}),
    ("receiving-a-thing", "Het Rijksmuseum krijgt een schilderij van Rembrandt.", {("Rijksmuseum", "receives", "schilderij")}),
    ("seated-participle-places-the-name", "Het in Delft gevestigde bedrijf Lumora ontwikkelt software.",
     {("Lumora", "is based in", "Delft"), ("Lumora", "is a", "bedrijf")}),
    ("seated-passive", "Ahold, dat is gevestigd in Zaandam, groeit.", {("Ahold", "is based in", "Zaandam")}),
    ("headquarters", "Ahold heeft zijn hoofdkantoor in Zaandam.", {("Ahold", "is headquartered in", "Zaandam")}),
    ("demonym-role", "De Franse president Emmanuel Macron bezocht Berlijn.", {("Emmanuel Macron", "is president of", "France")}),
    ("public-roles", "Statenlid Eva Smit van D66 en gedeputeerde Tom Jansen van Gelderland stemden in met het plan.",
     {("Eva Smit", "is member of", "D66"), ("Tom Jansen", "is provincial executive of", "Gelderland")}),
    ("pp-idiom-appeal", "Telvio gaat in beroep tegen de boete.", {("Telvio", "appeals against", "boete")}),
    ("role-compound-with-an-organisation-prefix", "Vakbond FNV Metaal kondigt acties aan. ,,Het is genoeg'', zegt FNV-bestuurder Petra Smit.",
     {("Petra Smit", "is board member of", "FNV Metaal")}),
    ("public-role-held-in-the-institution-named-before", "De gemeente Zwolle sluit het zwembad. Wethouder Karin Smit noemt dat pijnlijk.",
     {("Karin Smit", "is alderman of", "gemeente Zwolle")}),
    ("municipality-is-not-its-town", "De gemeente Assen betaalt 2 miljoen euro. Wethouder Sara Bos woont in Assen.",
     {("gemeente Assen", "pays", "2 miljoen"), ("Sara Bos", "lives in", "Assen"), ("Sara Bos", "is alderman of", "gemeente Assen")}),
    ("clausal-object-of-a-verb-with-a-reading", "Vakbond FNV eist dat de koper alle banen behoudt.",
     {("FNV", "demands", "de koper alle banen behoudt")}),
    ("organisation-from-a-place-on-its-class-noun", "De rechter heeft schoenenfabrikant Lindhout uit Assen failliet verklaard.",
     {("Lindhout", "is located in", "Assen")}),
    ("compound-description-names-its-organisation", "De Fietsersbond is kritisch. Volgens directeur Anna Kok van de fietsersorganisatie is het plan slecht.",
     {("Anna Kok", "is director of", "Fietsersbond")}),
    ("compound-role-names-the-kind-of-institution", "De Stichting Erfgoed Zwolle koopt een schilderij. Stichtingsvoorzitter Kees Vos is blij.",
     {("Kees Vos", "is chair of", "Stichting Erfgoed Zwolle")}),
    ("unknown-capitalised-word-tagged-adverb-is-a-name", "Drinkwaterbedrijf Aquanor roept zijn klanten op.",
     {("Aquanor", "calls on", "klanten")}),
    ("role-after-als", "FC Twente heeft Marco de Boer aangesteld als nieuwe hoofdtrainer.",
     {("Marco de Boer", "is coach of", "FC Twente")}),
    ("role-after-tot", "Anna Smit is benoemd tot voorzitter van de FNV.", {("Anna Smit", "is chair of", "FNV")}),
    ("minister-portfolio-after-the-name", "Minister Karin Bos van Infrastructuur en Waterstaat verdedigde het besluit.",
     {("Karin Bos", "is minister of", "Infrastructuur en Waterstaat")}),
    ("role-of-an-object-held-in-the-subject", "Heerenveen heeft trainer Kees Mulder ontslagen na een reeks nederlagen.",
     {("Kees Mulder", "is coach of", "Heerenveen")}),
    ("place-adjective-is-not-part-of-the-name", "Het Amerikaanse Brightsoft neemt het Utrechtse Datalink over.",
     {("Brightsoft", "acquires", "Datalink")}),
    ("capitalised-verb-inside-a-name", "Woningcorporatie Veluwe Wonen gaat in beroep.", {("Veluwe Wonen", "is a", "woningcorporatie")}),
    ("amount-of-what", "Het bedrijf Lindhout heeft 12 miljoen euro aan schulden.", {("Lindhout", "has schulden", "12 miljoen")}),
    ("manner-of-a-reaction-is-a-stance", "De bond reageerde boos op het voorstel.", {("bond", "is angry about", "voorstel")}),
    ("agreeing-with", "De bond is het eens met de minister.", {("bond", "agrees with", "minister")}),
    ("noun-verb-idiom-appeal", "De buren tekenden bezwaar aan tegen de vergunning.", {("buren", "objects to", "vergunning")}),
    ("pp-idiom-negotiate", "De vakbonden zitten om tafel met NS.", {("vakbonden", "negotiates with", "NS")}),
    ("zonder-bare-noun", "De nieuwe batterij werkt zonder lithium.", {("nieuwe batterij", "works without", "lithium")}),
    ("obl-prep-into-predicate", "Shell gebruikt software voor inspecties.",
     {("Shell", "uses", "software"), ("Shell", "uses for", "inspecties")}),
    ("passive-agent", "De app werd ontwikkeld door Spotify.", {("Spotify", "develops", "app")}),
    ("passive-agentless", "Computers worden gebruikt voor inspecties.", {("Computers", "is used for", "inspecties")}),
    ("separable-verb", "Ahold zet computers in.", {("Ahold", "uses", "computers")}),
    ("separable-verb-prep", "De gemeente zet in op zonne-energie.", {("gemeente", "uses", "zonne-energie")}),
    ("verb-final-subclause", "De krant meldt dat Philips een nieuwe scanner ontwikkelt.",
     {("Philips", "develops", "nieuwe scanner")}),
    ("inherent-reflexive", "Boeren verzetten zich tegen de plannen.", {("Boeren", "opposes", "plannen")}),
    ("support-verb-idiom", "Vakbonden maken zich zorgen over de automatisering.",
     {("Vakbonden", "worried about", "automatisering")}),
    ("copula-role", "Jan de Vries is directeur van Rabobank.", {("Jan de Vries", "is director of", "Rabobank")}),
    ("apposition-role", "Topman Peter Wennink van ASML presenteerde de cijfers.",
     {("Peter Wennink", "is CEO of", "ASML")}),
    ("coordinated-subjects", "Google en Microsoft investeren in kernenergie.",
     {("Google", "invests in", "kernenergie"), ("Microsoft", "invests in", "kernenergie")}),
    ("coordinated-objects", "Het ziekenhuis gebruikt computers en software.",
     {("ziekenhuis", "uses", "computers"), ("ziekenhuis", "uses", "software")}),
    ("control-om-te", "Heineken besloot om computers te gebruiken.", {("Heineken", "uses", "computers")}),
    ("coref-pronoun", "Jan Peters werkt bij Philips. Hij gebruikt computers.", {("Jan Peters", "uses", "computers")}),
    ("coref-definite-description", "Adyen groeit hard. Het bedrijf gebruikt computers.", {("Adyen", "uses", "computers")}),
    ("copula-type", "Bol is een webwinkel.", {("Bol", "is a", "webwinkel")}),
    ("light-noun", "Boeren maken zich zorgen over de opkomst van Tesla.", {("Boeren", "worried about", "Tesla")}),
    ("copula-org-role", "Transavia is een dochter van Air France-KLM.",
     {("Transavia", "is a subsidiary of", "Air France-KLM")}),
    ("apposition-org-role", "Transavia, een dochter van KLM, vliegt naar Spanje.", {("Transavia", "is a subsidiary of", "KLM")}),
    ("apposition-class", "De Franse autofabrikant Renault bouwt een fabriek.",
     {("Renault", "is a", "Franse autofabrikant"), ("Renault", "is located in", "France")}),
    ("possessive-maker", "Apple’s iPhone 16 is duur.", {("Apple", "makes", "iPhone 16")}),
    ("class-als-members", "Merken als Nike en Adidas groeien.", {("Nike", "is a", "Merken"), ("Adidas", "is a", "Merken")}),
    ("dated-event", "Ajax werd in 1900 opgericht.", {("Ajax", "was founded in", "1900")}),
    ("amount-object", "De nieuwe telefoon kost 900 euro.", {("nieuwe telefoon", "costs", "900 euro")}),
    ("negated-clausal-object", "Heineken sluit niet uit dat de fabriek sluit.",
     {("Heineken", "rules out", "de fabriek sluit")}),
    ("passive-agent-class-apposition", "De app is ontwikkeld door het bedrijf Spotify.", {("Spotify", "develops", "app")}),
    ("reciprocal-coordination", "KPN en Ziggo gaan samenwerken.", {("KPN", "collaborates with", "Ziggo")}),
    ("attribute-of-named-owner", "De omzet van Ahold steeg vorig jaar met 10 procent.", {("Ahold", "revenue increases", "10 procent")}),
    ("brand-with-ampersand", "Unilever heeft Ben & Jerry's overgenomen.", {("Unilever", "acquires", "Ben & Jerry's")}),
    ("fronted-demonstrative-object", "Het bedrijf groeit. Dat heeft topman Jan Peters van Shell bekendgemaakt.",
     {("Jan Peters", "is CEO of", "Shell")}),
    ("apposition-indefinite-class", "De bouw werd geleid door Anna Smit, een architect die eerder bij Heijmans werkte.",
     {("Anna Smit", "is a", "architect"), ("Anna Smit", "works for", "Heijmans")}),
    ("predicative-tot-is-a-value", "Lotte Visser werd door de jury uitgeroepen tot beste schrijver van het land.",
     {("Lotte Visser", "uitgeroepen tot", "beste schrijver van het land")}),
    ("age-description-is-a-person", "Heerenveen heeft Jens Olsen gecontracteerd. De 22-jarige international komt over van Brøndby.",
     {("Jens Olsen", "komt over van", "Brøndby")}),
    ("known-verb-with-indefinite-object", "Jens Olsen tekent een contract bij Heerenveen.", {("Jens Olsen", "signs", "contract")}),
    ("according-to-kept-as-speech", "Volgens FNV blijven alle winkels van Hema open.",
     {("FNV", "said", "blijven alle winkels van Hema open")}),
    ("title-name-van-place-is-a-role", "Wethouder Karin Mulder van Deventer opende de brug.",
     {("Karin Mulder", "is alderman of", "Deventer")}),
    ("wish-about-an-actor", "De bond wil dat minister Peter de Graaf ingrijpt.", {("bond", "wants ingrijpen", "Peter de Graaf")}),
    ("agent-with-title-word", "Het plan is goedgekeurd door toezichthouder ACM.", {("ACM", "approves", "plan")}),
    ("organisation-in-place", "Het Amphia Ziekenhuis in Breda opent een nieuwe vleugel.", {("Amphia Ziekenhuis", "is located in", "Breda")}),
    ("unknown-capitalised-word-is-a-name", "Schoenenketen Wibra sluit tien winkels.", {("Wibra", "closes", "tien winkels")}),
    ("attribute-of-the-topic-organisation", "Unilever verkocht minder zeep. De omzet daalde met 5 procent.",
     {("Unilever", "revenue decreases", "5 procent")}),
    ("counted-event-at-an-organisation", "Bij Heineken verdwijnen 300 banen.", {("Heineken", "disappears", "300 banen")}),
    ("class-noun-inside-a-name", "Het Rode Kruis Ziekenhuis in Beverwijk groeit. Vakbond CNV steunt het ziekenhuis.",
     {("CNV", "supports", "Rode Kruis Ziekenhuis")}),
    ("demonym-of-a-resolved-description", "Autofabrikant Saab groeit. Het Zweedse bedrijf opent een fabriek.",
     {("Saab", "is located in", "Sweden")}),
    ("amount-is-a-fact-of-its-own", "Shell investeert 2 miljard euro in windparken.",
     {("Shell", "invests", "2 miljard"), ("Shell", "invests in", "windparken")}),
    ("price-of-the-object", "Apple brengt de nieuwe telefoon in september uit voor 999 euro.",
     {("Apple", "launches", "nieuwe telefoon"), ("nieuwe telefoon", "costs", "999 euro")}),
    ("institution-is-not-an-anaphor", "Philips groeit hard. Het kabinet steunt de plannen.", {("kabinet", "supports", "plannen")}),
    ("adjective-particle-verb", "De gemeente Utrecht stelt een terrein beschikbaar.", {("gemeente Utrecht", "makes available", "terrein")}),
    ("reflexive-support-relative", "Het gaat om een markt waarin boeren zich zorgen maken over de prijzen.",
     {("boeren", "worried about", "prijzen")}),
    ("sentence-initial-title-noun-is-not-part-of-the-name", "Buurtbewoner Karim el Idrissi begon een handtekeningenactie.",
     {("Karim el Idrissi", "starts", "handtekeningenactie"), ("Karim el Idrissi", "is a", "buurtbewoner")}),
    ("compound-role-noun-before-a-name", "Onderwijswethouder Lotte Vermeer (D66) presenteerde de begroting.",
     {("Lotte Vermeer", "presents", "begroting"), ("Lotte Vermeer", "is member of", "D66")}),
    ("speaker-role-held-in-the-subject-of-what-they-say", "Concurrent Fietsfabriek Noord wil de fabriek kopen, bevestigt topman Henk Zijlstra.",
     {("Henk Zijlstra", "is CEO of", "Fietsfabriek Noord"), ("Fietsfabriek Noord", "is a", "concurrent")}),
    ("agreeing-with", "De vakbond FNV is het niet eens met het voorstel.", {("FNV", "agrees with", "voorstel")}),
    ("pp-idiom-as-a-complement-in-reported-speech", "Woordvoerder Eva Mulder laat weten dat Ziggo in beroep gaat tegen de uitspraak.",
     {("Ziggo", "appeals against", "uitspraak"), ("Eva Mulder", "is spokesperson of", "Ziggo")}),
    ("singular-description-is-not-a-plural-group", "Beide bedrijven maakten de fusie bekend. Planzo werd in 2010 opgericht. Het bedrijf telt 300 medewerkers.",
     {("Planzo", "employs", "300 medewerkers")}),
    ("name-after-a-town-adjective-is-an-organisation", "Valtora koopt het Amersfoortse Rostera. Rostera werd in 2009 opgericht door Sanne de Wit. Het bedrijf maakt software.",
     {("Rostera", "makes", "software"), ("Sanne de Wit", "founded", "Rostera")}),
    ("amount-hung-on-a-time-phrase", "De omzet van Ahold steeg in het eerste halfjaar met 4,2 procent tot 1,8 miljard euro.",
     {("Ahold", "revenue increases", "4,2 procent"), ("Ahold", "revenue increases to", "1,8 miljard")}),
    ("support-noun-besluit", "De gemeenteraad van Tiel neemt op 12 maart een besluit over de toekomst van het zwembad.",
     {("gemeenteraad", "decides on toekomst van", "zwembad")}),
    ("selected-pp-hung-on-a-name", "Volgens analist Mark Visser van ING profiteert Plusmarkt van de prijzenoorlog.",
     {("Plusmarkt", "benefits from", "prijzenoorlog"), ("Mark Visser", "works for", "ING")}),
    ("chosen-as-lead-candidate", "De partij GroenRecht heeft een nieuwe leider. De leden kozen Sanne Bakker met 62 procent van de stemmen tot lijsttrekker.",
     {("Sanne Bakker", "is lead candidate of", "GroenRecht")}),
    ("takeover-for-an-undisclosed-amount", "Plusmarkt neemt de kleinere keten Buurtwinkel over voor een onbekend bedrag.",
     {("Plusmarkt", "acquires", "Buurtwinkel"), ("Plusmarkt", "acquires for", "onbekend bedrag")}),
    ("name-particle-after-a-first-name", "Topvrouw Ilse de Bruin spreekt van een sterk halfjaar.", {("Ilse de Bruin", "is a", "topvrouw")}),
    ("board-role-in-the-organisation-of-the-sentence-before",
     "Supportersvereniging De Rode Leeuwen laat weten dat zij blij is met de keuze. Voorzitter Anouk Meijer plaatst wel kanttekeningen bij het beleid.",
     {("Anouk Meijer", "is chair of", "De Rode Leeuwen"), ("De Rode Leeuwen", "is pleased with", "keuze")}),
    ("bewindsvrouw-is-the-minister", "Minister Karin Bos van Defensie bezocht Brussel. Woordvoerder Jan Smit van Shell was er ook. De bewindsvrouw verdedigde het besluit.",
     {("Karin Bos", "verdedigde", "besluit"), ("Jan Smit", "is spokesperson of", "Shell")}),
    ("class-noun-before-a-person-shaped-name", "Milieuorganisatie Blauwe Zee vindt het plan slecht. De organisatie pleit voor een verbod.",
     {("Blauwe Zee", "is a", "milieuorganisatie"), ("Blauwe Zee", "supports", "verbod")}),
    ("relative-clause-hung-on-the-verb", "FC Twente haalt Erwin Postma binnen, die vorig jaar werd ontslagen door Ajax.",
     {("Ajax", "dismisses", "Erwin Postma")}),
    ("change-from-and-to", "De omzet van Hema steeg met 8 procent tot 1,4 miljard euro.",
     {("Hema", "revenue increases", "8 procent"), ("Hema", "revenue increases to", "1,4 miljard")}),
    ("small-clause-with-a-degree-word", "De Consumentenbond vindt de boete te laag.", {("Consumentenbond", "considers te laag", "boete")}),
    ("declared-bankrupt-is-a-state", "De rechtbank heeft schoenenfabrikant Lindhout failliet verklaard.",
     {("Lindhout", "is declared", "failliet")}),
    ("samen-met-is-collaboration", "Philips heeft samen met Siemens een scanner ontwikkeld.",
     {("Philips", "develops", "scanner"), ("Philips", "collaborates with", "Siemens")}),
    ("contract-until", "Keeper Jan de Boer tekent een contract tot medio 2028.", {("Jan de Boer", "signs contract until", "medio 2028")}),
    ("focus-adverb-is-no-class", "Ook vakbond FNV is boos.", {("FNV", "is a", "vakbond")}),
    ("dated-passive-with-an-agent", "ASML, dat in 1984 werd opgericht door Philips, maakt machines.",
     {("ASML", "was founded in", "1984"), ("Philips", "founded", "ASML")}),
    ("two-acts-are-not-a-report", "De bond steunt het plan, maar waarschuwt voor hogere kosten.",
     {("bond", "supports", "plan"), ("bond", "warns about", "kosten")}),
    ("relative-clause-with-a-clause-as-oblique", "Ajax, dat is gevestigd in Amsterdam en ruim 300 mensen in dienst heeft, groeit.",
     {("Ajax", "is based in", "Amsterdam")}),
    ("criticism-idiom", "Wethouder Jansen plaatst kanttekeningen bij het plan.", {("Jansen", "criticises", "plan")}),
    ("jobs-lost-in-a-consequence-clause", "Chemco sluit de fabriek in Delfzijl, waardoor 240 banen verloren gaan.",
     {("Chemco", "closes", "fabriek"), ("Chemco", "loses", "240 banen")}),
    ("an-agent-is-no-place-of-a-counted-event", "De woningcorporatie Woonstad wil 450 woningen bouwen in de wijk Zuid.",
     {("Woonstad", "builds", "450 woningen")}),
    ("support-noun-tagged-as-adverb", "Verzekeraar Noordhaven heeft aangifte gedaan bij de politie.", {("Noordhaven", "reports to", "politie")}),
    ("dated-ruling", "De Raad van State doet op 12 maart uitspraak.", {("Raad van State", "rules on", "12 maart")}),
    ("investigation-idiom", "De Autoriteit Persoonsgegevens is een onderzoek gestart naar het datalek.",
     {("Autoriteit Persoonsgegevens", "investigates", "datalek")}),
    ("a-year-is-no-subject", "De fabriek in Emmen gaat eind 2027 dicht.", {("fabriek", "closes in", "eind 2027")}),
    ("people-working-somewhere-are-staff", "In de fabriek werken 320 mensen.", {("fabriek", "employs", "320 mensen")}),
    ("role-compound-with-an-organisation", "Vakbond FNV is boos. FNV-bestuurder Karin Bos spreekt van een klap.",
     {("Karin Bos", "is board member of", "FNV")}),
    ("portfolio-in-brackets", "Wethouder Fatima El Amrani (Cultuur) is blij. Wethouder Tom Bakker (GroenLinks) is boos.",
     {("Fatima El Amrani", "holds portfolio", "Cultuur"), ("Tom Bakker", "is member of", "GroenLinks")}),
    ("unknown-name-after-a-preposition-of-place", "De fabrikant uit Oss groeit.", {("fabrikant", "is located in", "Oss")}),
    ("strike-idiom-with-a-date", "Het personeel van Tata Steel legt donderdag 3 juli het werk neer.",
     {("personeel", "goes on strike on", "donderdag 3 juli")}),
    ("copula-comparative-with-a-factor", "De nieuwe X2 is twee keer sneller dan de Helix X1.",
     {("X2", "is twee keer sneller than", "Helix X1")}),
    ("equative-with-a-factor", "De X2 is twee keer zo snel als de Helix X1.", {("X2", "is twee keer zo snel as", "Helix X1")}),
    ("state-with-a-particle-adjective", "Volgens De Vries blijven alle fabrieken van Melkhoeve open.",
     {("fabrieken van Melkhoeve", "blijven open", "open")}),
    ("inhabitant-noun-after-an-age-is-the-person", "FC Groningen heeft Erwin Postma aangesteld. De 46-jarige Fries volgt Ruud Verhoeven op.",
     {("Erwin Postma", "succeeds", "Ruud Verhoeven")}),
    ("unknown-compound-tagged-adjective-is-the-object", "Het bedrijf Planwise maakt roostersoftware voor ziekenhuizen.",
     {("Planwise", "makes", "roostersoftware")}),
    ("counted-group-as-an-object", "Het datalek treft ruim 80.000 klanten van Noordhaven.", {("datalek", "hits", "80.000 klanten")}),
    ("event-noun-with-its-agent", "De overname van Planwise door Valtora is rond.", {("Valtora", "acquires", "Planwise")}),
    ("event-noun-of-a-merger", "Na de fusie van Omroep Meridiaan met Omroep Lantaarn verdwijnen 40 banen.",
     {("Omroep Meridiaan", "merges with", "Omroep Lantaarn")}),
    ("event-noun-of-a-sale", "De verkoop van Bol aan Ahold leverde 500 miljoen euro op.", {("Ahold", "acquires", "Bol")}),
    ("reciprocal-idiom-with-elkaar", "De provincie Flevoland en energiebedrijf Zuiderwind liggen met elkaar overhoop over het windpark.",
     {("Flevoland", "clashes with", "Zuiderwind")}),
    ("going-on-together-is-merging", "KPN en Ziggo gaan per 1 september samen verder.",
     {("KPN", "merges with", "Ziggo"), ("KPN", "merges on", "1 september")}),
    ("maker-of-a-product-in-apposition", "Het instituut gebruikt Aeravax, een vaccin van het farmaceutische bedrijf Vaxora.",
     {("Vaxora", "makes", "Aeravax")}),
    ("creator-of-a-work", "Museum Wagenhuys heeft het schilderij Winterdag van de schilder Jacob van Rossum gekocht.",
     {("Jacob van Rossum", "painted", "Winterdag")}),
    ("coordinated-name-after-a-singular-class-noun", "Het museum toont de tentoonstelling IJs en Licht tot augustus.",
     {("IJs en Licht", "is a", "tentoonstelling")}),
    ("two-subjects-after-a-class-noun-stay-two", "Het Duitse bedrijf Siemens en Philips werken samen.",
     {("Siemens", "is a", "Duitse bedrijf")}),
    ("capitalised-class-word-in-a-coordinated-name", "Dijkgraaf Hein Bouwmeester van Waterschap Rijn en IJssel is blij.",
     {("Hein Bouwmeester", "is chair of", "Waterschap Rijn en IJssel")}),
    ("organiser-role", "Zomerfeest Events organiseert het festival. Organisator Mark Jansen van Zomerfeest Events is teleurgesteld.",
     {("Mark Jansen", "is organiser of", "Zomerfeest Events")}),
    ("counted-passive-patient", "Bij het ongeluk werden 12 reizigers door de ambulancedienst behandeld.",
     {("ambulancedienst", "behandeld", "12 reizigers")}),
    ("report-to-an-authority", "Datalink meldde de storing bij de Autoriteit Persoonsgegevens.",
     {("Datalink", "reports to", "Autoriteit Persoonsgegevens")}),
    ("quote-after-spreekt-van", "Wethouder Sanne Vos spreekt van “een historische dag voor de regio”.",
     {("Sanne Vos", "said", "een historische dag voor de regio")}),
    ("appeal-lodged-with", "Woonstad heeft beroep ingesteld bij de Raad van State.", {("Woonstad", "appeals to", "Raad van State")}),
    ("speaker-named-after-the-verb", '"We verhogen de prijzen", zegt topvrouw Marieke van Dalen.',
     {("Marieke van Dalen", "said", "We verhogen de prijzen")}),
    ("subordinate-clause-has-a-subject", "De bond klaagt dat boeren nauwelijks profiteren van de hogere prijzen.",
     {("boeren", "benefits from", "prijzen")}),
    ("name-split-off-after-a-class-noun", "Analist Tom Brouwer van zakenbank Nordhaven spreekt van een prijzenoorlog.",
     {("Tom Brouwer", "works for", "Nordhaven")}),
    ("object-starting-with-a-preposition", "Thijs Verhoeven rijdt volgend seizoen voor de Zwitserse ploeg Alpenza Racing.",
     {("Thijs Verhoeven", "rides for", "Alpenza Racing")}),
    ("extraposed-relative-clause", "De gemeente meldt dat er een extra ambulance wordt gestationeerd, die wordt betaald door "
     "zorgverzekeraar Zuidzorg.", {("Zuidzorg", "pays", "extra ambulance")}),
    ("object-first-main-clause", "Brightfield sluit de fabriek in Oss. Een verkoop van de fabriek sluit het concern echter uit.",
     {("Brightfield", "rules out", "verkoop van de fabriek")}),
    ("pp-idiom-on-another-oblique", "De provincie Gelderland en woningcorporatie Lingesteyn Wonen liggen met elkaar in de clinch.",
     {("Gelderland", "clashes with", "Lingesteyn Wonen")}),
    ("permission-for-is-approval", "De ACM gaf in september toestemming voor de fusie.", {("ACM", "approves", "fusie")}),
    ("complaint-filed-with", "Consumentenwacht heeft een klacht ingediend bij de ACM.",
     {("Consumentenwacht", "files a complaint with", "ACM")}),
    ("surname-that-speaks-and-demonym-noun", 'Thijs Verhoeven rijdt bij Alpenza. "Ik ben blij", zegt Verhoeven. Het seizoen '
     "verliep voor de Nederlander slecht. In april brak hij zijn sleutelbeen.", {("Thijs Verhoeven", "brak", "sleutelbeen")}),
    ("organisation-with-a-trade-designator-after-a-role-noun", "Organisator Beatwave Events is boos. Het besluit is "
     'onbegrijpelijk", zegt directeur Kevin Brouwer.', {("Kevin Brouwer", "is director of", "Beatwave Events")}),
    ("speaker-saying-we-speaks-for-the-organisation-before", 'Softwarebedrijf Valtora koopt Planwise. "Planwise past bij onze ambitie", '
     "zegt topman Magnus Ekström.", {("Magnus Ekström", "is CEO of", "Valtora")}),
    ("hyphenated-class-noun-and-nationality", "Jan Smit rijdt voor de Zwitserse WorldTour-ploeg Alpenza Racing. Hollandia "
     "Cycling laat hem gaan. Ook Piet Bos tekent bij de Zwitserse formatie.",
     {("Jan Smit", "rides for", "Alpenza Racing"), ("Piet Bos", "signs at", "Alpenza Racing")}),
    ("curator-of-the-bankrupt-company", "De fietsfabrikant Velora is failliet verklaard. Als curator is advocaat Jeroen Bakker aangesteld.",
     {("Jeroen Bakker", "is trustee of", "Velora")}),
    ("main-clause-subject-parsed-as-parataxis", "Klanten die hun contract wilden opzeggen, werden bovendien doorverwezen "
     "naar een betaald servicenummer.", {("Klanten", "wordt doorverwezen naar", "betaald servicenummer")}),
    ("event-on-a-day-with-an-object", "De fabriek van Korvel stopt op 1 juli 2026 met de productie.",
     {("fabriek", "stops on", "1 juli 2026"), ("fabriek", "stops", "productie")}),
    ("we-in-a-quote-is-the-organisation-of-its-spokesperson", '"Wij verhogen de premie volgend jaar", zegt een woordvoerder '
     "van zorgverzekeraar Zorgkring.", {("Zorgkring", "raises", "premie")}),
    ("we-in-a-quote-is-the-organisation-just-named", 'Frietfabrikant Polderfrit verwerkt veel aardappelen. "We kopen nu extra '
     'aardappelen in België", zegt directeur Ruud Hoogland.', {("Polderfrit", "buys", "extra aardappelen")}),
    ("we-in-a-quote-is-the-organisation-of-a-role-apposition", '"We volgen Thijs al jaren", zegt Reto Imhof, de teammanager van '
     "Alpenza.", {("Alpenza", "volgen", "Thijs")}),
    ("i-in-a-quote-is-its-speaker", '"Ik verwacht binnen een maand een plan", zegt wethouder Ahmed Bakker.',
     {("Ahmed Bakker", "expects", "plan")}),
    ("noun-complement-stays-in-the-name", "Greenpeace pleit voor een verbod op nachtvluchten.",
     {("Greenpeace", "supports", "verbod op nachtvluchten")}),
    ("noun-complement-in-a-pp-object", "Het ziekenhuis kampt met een tekort aan verpleegkundigen.",
     {("ziekenhuis", "struggles with", "tekort aan verpleegkundigen")}),
    ("maker-by-trade-and-a-surname-two-people-share", "De film Laagwater van regisseur Noor Bakkali wint een prijs. Bakkali "
     'schreef het scenario met haar broer Yassin Bakkali. "Ik ben trots", zegt Bakkali.',
     {("Noor Bakkali", "directed", "Laagwater"), ("Noor Bakkali", "said", "Ik ben trots")}),
    ("amount-after-an-adjective-with-a-reading", "De concessie, die tien jaar loopt, is goed voor ruim 42 miljoen euro per jaar.",
     {("concessie", "is worth", "42 miljoen")}),
    ("reaction-without-an-object-is-to-the-decision-just-reported", "Het kabinet besluit tot een verbod op nachtvluchten. "
     "Omwonenden reageren opgelucht. Ook de Groene Hemel is kritisch.",
     {("Omwonenden", "is relieved about", "verbod op nachtvluchten"), ("Groene Hemel", "is critical of", "verbod op nachtvluchten")}),
    ("main-verb-hebben-before-a-postposed-verb-of-saying", "De drugs hebben een straatwaarde van 210 miljoen euro, meldt "
     "het Openbaar Ministerie.", {("Openbaar Ministerie", "said", "De drugs hebben een straatwaarde van 210 miljoen euro"),
                                  ("drugs", "has straatwaarde of", "210 miljoen")}),
    ("second-subject-that-does-not-agree-is-an-object", "Topvrouw Marieke Verhoef van Noordhaven biedt de getroffen klanten "
     "haar excuses aan.", {("Marieke Verhoef", "apologises to", "getroffen klanten")}),
    ("pp-idiom-with-a-direct-object", "De verzekeraar kwam de fraude in 2022 op het spoor.", {("verzekeraar", "discovers", "fraude")}),
    ("members-of-a-coalition-and-a-day-is-no-subject", "De nieuwe coalitie van Lokaal Lindenburg, VVD en GroenLinks-PvdA heeft "
     "dinsdagavond haar akkoord gepresenteerd.", {("nieuwe coalitie", "consists of", "Lokaal Lindenburg"),
                                                  ("nieuwe coalitie", "consists of", "VVD"), ("nieuwe coalitie", "presents", "akkoord")}),
    ("relative-clause-with-main-verb-hebben", "De club, die een schuld heeft van 5 miljoen euro, zoekt een koper.",
     {("club", "has schuld of", "5 miljoen")}),
    ("amount-of-change-hung-on-a-noun", "De energierekening daalt na de renovatie met gemiddeld 65 euro per maand.",
     {("energierekening", "decreases", "gemiddeld 65 euro")}),
    ("selected-pp-hung-on-another-oblique", "De rederij koos na een Europese aanbesteding voor scheepswerf Koster.",
     {("rederij", "chooses", "Koster")}),
    ("object-control-the-one-ordered-does-it", "De rechtbank heeft Hunze Energie bevolen de uitstoot met 45 procent te verminderen.",
     {("Hunze Energie", "reduces", "uitstoot")}),
    ("reduced-passive-after-a-comma", "Een petitie van de actiegroep Houd de Bieb Open, opgericht door de oud-leerkracht Ineke "
     "Schuurman, is door duizenden mensen ondertekend.", {("Ineke Schuurman", "founded", "Houd de Bieb Open")}),
    ("truncated-word-inside-a-name", "Veiligheidsregio Midden- en West-Brabant verstuurde een NL-Alert.",
     {("Midden- en West-Brabant", "sends", "NL-Alert")}),
    ("director-board-member-of-the-organisation-in-view", 'Woningcorporatie Woonvaart renoveert 640 woningen. "Veel huizen '
     'zijn tochtig", zegt directeur-bestuurder Marloes Verhagen.', {("Marloes Verhagen", "is CEO of", "Woonvaart")}),
    ("relative-pronoun-that-does-not-agree-is-the-object", "De fabriek zoekt vakmensen, naast de werknemers die het bedrijf "
     "nu in dienst heeft.", {("bedrijf", "employs", "werknemers")}),
    ("pp-idiom-hiring", "Koster neemt 120 vakmensen in dienst.", {("Koster", "hires", "120 vakmensen")}),
    ("reaction-to-what-a-pronominal-adverb-points-back-to", "Woonvaart kondigt een huurverhoging aan. Huurdersvereniging De "
     "Schakel is daar niet blij mee.", {("De Schakel", "is pleased with", "huurverhoging")}),
    ("multiword-title-before-a-name", '"Dit is een grote vangst", zegt officier van justitie Linda Meijerink.',
     {("Linda Meijerink", "said", "Dit is een grote vangst")}),
    ("organisation-is-not-its-last-word", "Natuurorganisatie Stichting Natuurwacht Veluwe is blij met de stap. De Veluwe is "
     "een natuurgebied.", {("Stichting Natuurwacht Veluwe", "is pleased with", "stap")}),
    ("place-adjective-in-a-class", "Het Eindhovense chipbedrijf Lichtveld Photonics haalt geld op. Het bedrijf zit in Eindhoven.",
     {("Lichtveld Photonics", "is located in", "Eindhoven")}),
    ("company-named-with-a-trade-compound", 'Een van de getroffen bedrijven is Van der Heijden Koeltechniek uit Oss. "We staan '
     'stil", zei directeur Tom van der Heijden.', {("Tom van der Heijden", "is director of", "Van der Heijden Koeltechniek")}),
    ("selected-pp-hung-on-a-time-phrase", "Lyceum De Dijkpoort kampt sinds de zomervakantie met een groot tekort aan docenten.",
     {("De Dijkpoort", "struggles with", "groot tekort aan docenten")}),
    ("speaker-after-a-postposed-verb-of-saying", "De provincie Gelderland koopt boerderijen uit. Daarvoor trekt de provincie "
     "87 miljoen euro uit, maakte gedeputeerde Marieke Vos dinsdag bekend.",
     {("Marieke Vos", "is provincial executive of", "Gelderland"),
      ("Marieke Vos", "announced", "Daarvoor trekt de provincie 87 miljoen euro uit")}),
    ("modal-with-a-direction-goes-there", "Zwangere vrouwen moeten voortaan naar Gorinchem.",
     {("Zwangere vrouwen", "goes to", "Gorinchem")}),
    ("description-of-the-hospital-the-article-is-about", "Het Rivierziekenhuis sluit de afdeling. Patiënten moeten uitwijken "
     "naar het Sint-Jansziekenhuis in Venlo. Volgens de directeur kan het ziekenhuis geen artsen vinden.",
     {("Rivierziekenhuis", "vinden", "artsen")}),
    ("copula-predicate-after-two-subjects", "Sanne Hoekstra wordt de eerste vrouwelijke burgemeester van Ede.",
     {("Sanne Hoekstra", "is mayor of", "Ede")}),
    ("counted-group-is-its-members", "Philips en Siemens gaan samenwerken. De twee bedrijven openen in mei een fabriek.",
     {("Philips", "opens", "fabriek"), ("Siemens", "opens", "fabriek")}),
    ("plural-pronoun-after-coordinated-subjects", "Jan de Vries en Piet Smit hebben een bedrijf opgericht. Zij investeren 2 miljoen euro.",
     {("Jan de Vries", "invests", "2 miljoen"), ("Piet Smit", "invests", "2 miljoen")}),
    ("beide-and-its-pronoun-are-the-group", "Ajax en PSV zijn akkoord. Volgens beide clubs is de deal rond. Ze tekenen vrijdag het contract.",
     {("Ajax", "signs", "contract"), ("PSV", "signs", "contract")}),
    ("company-description-is-no-public-body",
     "Zuivelfabriek Noordmelk gaat uitbreiden. De gemeente Assen heeft dinsdag een vergunning verleend. Het bedrijf investeert in de uitbreiding.",
     {("Noordmelk", "invests in", "uitbreiding"), ("Noordmelk", "is a", "zuivelfabriek")}),
    ("portfolio-of-several-words-in-brackets", "Wethouder Els de Jong (Wonen en Financiën) is blij met het besluit.",
     {("Els de Jong", "holds portfolio", "Wonen en Financiën")}),
    ("a-zoo-is-an-organisation", "Dierenpark Lindehof in Deventer krijgt een nieuw verblijf. De dierentuin investeert 12 miljoen euro.",
     {("Lindehof", "invests", "12 miljoen"), ("Lindehof", "is located in", "Deventer")}),
    ("the-police-is-the-named-police", "De politie heeft twee mannen aangehouden. Volgens politie Midden-Nederland gaat het om inbrekers.",
     {("politie Midden-Nederland", "arrests", "twee mannen")}),
]


_CHECKS = []


def parse_dependent(fn):
    """A check whose outcome depends on the parser's reading: xfail (with the reason) when it misses;
    ``test_construction_suite`` counts it toward the required pass rate."""
    _CHECKS.append(fn)

    def test(run):
        try:
            fn(run)
        except (AssertionError, StopIteration) as e:
            pytest.xfail(f"parse-dependent: {type(e).__name__} {e}")

    test.__name__ = fn.__name__
    test.__doc__ = fn.__doc__
    return test


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_construction(run, text, expected):
    got = spo(run(text))
    if not expected <= got:
        pytest.xfail(f"parse-dependent: missing {expected - got}; got {got}")


def test_construction_suite(run):
    """At least 80 % of the constructions and checks must come out right with the real pipeline."""
    failures = []
    for name, text, expected in CASES:
        got = spo(run(text))
        if not expected <= got:
            failures.append(f"{name}: missing {expected - got}")
    for fn in _CHECKS:
        try:
            fn(run)
        except (AssertionError, StopIteration) as e:
            failures.append(f"{fn.__name__}: {type(e).__name__} {e}")
    total = len(CASES) + len(_CHECKS)
    assert len(failures) <= 0.2 * total, f"{len(failures)}/{total} failed:\n" + "\n".join(failures)


@parse_dependent
def test_he_in_a_quotation_is_not_its_speaker(run):
    doc = run('Thijs Verhoeven tekent bij Alpenza. "We volgen Thijs al jaren", zegt ploegleider Reto Imhof. '
              '"Hij is een klimmer die het verschil maakt."')
    facts = spo(doc)
    assert ("Thijs Verhoeven", "is a", "klimmer") in facts
    assert not any(s == "Reto Imhof" and o == "klimmer" for s, _, o in facts)


@parse_dependent
def test_negation_is_a_qualifier_not_dropped(run):
    doc = run("Ajax gebruikt de nieuwe software niet.")
    hits = [t for t in doc.triples if t.subject.name == "Ajax" and t.label == "uses"]
    assert hits and hits[0].qualifier("negated") is True


@parse_dependent
def test_modal_is_a_qualifier(run):
    doc = run("Tesla wil computers gebruiken.")
    hits = [t for t in doc.triples if t.subject.name == "Tesla" and t.label == "uses"]
    assert hits and hits[0].qualifier("modality") == "wil"


@parse_dependent
def test_time_is_a_qualifier(run):
    doc = run("Unilever gebruikt sinds vorig jaar software.")
    hits = [t for t in doc.triples if t.subject.name == "Unilever"]
    assert hits and any(t.qualifier("time") for t in hits)
    assert not any(t.object == "jaar" for t in hits)


@parse_dependent
def test_direct_quote_with_speaker_after(run):
    doc = run("“We groeien heel snel in Europa”, zei Marie Dubois gisteren.")
    said = [t for t in doc.triples if t.predicate == "said"]
    assert said and said[0].subject.name == "Marie Dubois"
    assert said[0].object.kind == "quote" and "groeien" in said[0].object.text
    assert said[0].qualifier("time") == "gisteren"


def test_quote_after_a_name_and_a_colon(run):
    doc = run('De bond steunt het plan. Voorzitter Erik Bosman: "Wij staan achter dit plan van de minister."')
    said = [t for t in doc.triples if t.predicate == "said"]
    assert [t.subject.name for t in said] == ["Erik Bosman"] and "staan achter" in said[0].object.text
    doc = run('Het kabinet heeft drie doelen: "minder uitstoot, meer banen en lagere prijzen".')
    assert not [t for t in doc.triples if t.predicate == "said"]  # a list after a colon is nobody's quote


@parse_dependent
def test_reported_speech_and_attributed_claim(run):
    doc = run("Minister Jansen zegt dat de politie software gebruikt.")
    said = [t for t in doc.triples if t.predicate == "said"]
    assert said and said[0].object.kind == "quote"
    claims = [t for t in doc.triples if t.label == "uses"]
    assert claims and claims[0].qualifier("attributed_to") == said[0].subject.name


@parse_dependent
def test_volgens_attributes_the_clause(run):
    doc = run("Volgens Jan Peters gebruikt de gemeente computers.")
    claims = [t for t in doc.triples if t.label == "uses"]
    assert claims and claims[0].qualifier("attributed_to") == "Jan Peters"


@parse_dependent
def test_factor_qualifier(run):
    doc = run("Volgens Shell werd de klus tien keer sneller voltooid dan met traditionele methoden.")
    assert any(t.qualifier("factor") == 10.0 for t in doc.triples)


@parse_dependent
def test_quote_attributed_with_aldus(run):
    doc = run("“We moeten sneller worden”, aldus Roy Jakobs.")
    said = [t for t in doc.triples if t.predicate == "said"]
    assert said and said[0].subject.name == "Roy Jakobs"


@parse_dependent
def test_continued_quote_keeps_its_speaker(run):
    doc = run("“We groeien snel”, zei Marie Dubois. “Volgend jaar openen we tien nieuwe winkels.”")
    said = [t for t in doc.triples if t.predicate == "said"]
    assert {t.subject.name for t in said} == {"Marie Dubois"} and len(said) == 2


@parse_dependent
def test_expletive_het_is_not_a_mention_of_anything(run):
    doc = run("Shell gebruikt computers. Het is moeilijk om de kosten te schatten.")
    shell = next(e for e in doc.entities if e.name == "Shell")
    assert all(m.text != "Het" for m in shell.mentions)


@parse_dependent
def test_comparison_with_factor(run):
    doc = run("De klus werd volgens Shell tien keer sneller voltooid dan met traditionele methoden.")
    hits = [t for t in doc.triples if t.qualifier("factor") == 10.0 and "traditionele methoden" in str(t.object)]
    assert hits


@parse_dependent
def test_entity_merging_name_variants(run):
    doc = run("Ted Jansen leidt KPN. Jansen gebruikt software. Volgens Jansen werkt het.")
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert names.count("Ted Jansen") == 1 and "Jansen" not in names


@parse_dependent
def test_entity_merging_case_variants(run):
    doc = run("Google lanceert Gemini 3. Het model GEMINI 3 is snel.")
    keys = [e for e in doc.entities if e.name.lower() == "gemini 3"]
    assert len(keys) == 1


def test_triples_carry_provenance(run):
    text = "Inleiding.\n\nShell gebruikt software voor inspecties."
    doc = run(text)
    assert doc.triples, "no triple at all"
    t = doc.triples[0]
    assert text[t.start:t.end] == t.evidence == "Shell gebruikt software voor inspecties."
    assert t.document == doc.id and 0 < t.confidence <= 1 and t.extractor.startswith("textkg.")
    assert all(text[a:b] for a, b in t.highlights) and any(text[a:b] == "Shell" for a, b in t.highlights)
    for e in doc.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


@parse_dependent
def test_fronted_dat_attributes_the_previous_sentence(run):
    doc = run("Shell gebruikt computers voor inspecties. Dat zegt topman Jan Peters.")
    claims = [t for t in doc.triples if t.subject.name == "Shell" and t.label == "uses"]
    assert claims and all(t.qualifier("attributed_to") == "Jan Peters" for t in claims)


@parse_dependent
def test_modality_from_adjective_with_om_te(run):
    doc = run("Philips is vastberaden om computers te gebruiken.")
    hits = [t for t in doc.triples if t.subject.name == "Philips" and t.label == "uses"]
    assert hits and hits[0].qualifier("modality") == "vastberaden"


@parse_dependent
def test_club_and_legal_designators_make_organisations(run):
    doc = run("Sem Bakker speelde tegen FC Twente en werkte bij Arcadis Holding.")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("FC Twente") == "ORG" and types.get("Arcadis Holding") == "ORG"


@parse_dependent
def test_a_date_is_a_time_not_a_name(run):
    doc = run("Op 12 mei 2024 opende Ikea een winkel in Delft.")
    assert not any(e.name.startswith(("12 mei", "mei 2024")) for e in doc.entities)
    opens = [t for t in doc.triples if t.subject.name == "Ikea"]
    assert opens and any("2024" in str(t.qualifier("time")) for t in opens)


@parse_dependent
def test_circumstance_pp_is_a_qualifier_when_there_is_an_object(run):
    doc = run("Shell steunde het plan tijdens de vergadering.")
    got = spo(doc)
    assert ("Shell", "supports", "plan") in got and not any(label.endswith("tijdens") for _, label, _ in got)
    assert any(t.qualifier("tijdens") for t in doc.triples if t.label == "supports")


@parse_dependent
def test_a_counted_group_that_acts_is_an_entity_with_its_number(run):
    doc = run("Bij de fabriek verliezen ongeveer zestig medewerkers hun baan.")
    loses = [t for t in doc.triples if t.subject.name == "medewerkers" and t.label == "loses"]
    assert loses and loses[0].qualifier("count") == "ongeveer zestig"
    assert "zestig medewerkers" not in {e.name for e in doc.entities}


@parse_dependent
def test_plural_pronoun_in_a_quote_takes_the_plural_subject_not_the_speaker(run):
    doc = run('Minister Hanneke Brouwer reageerde. "Ziekenhuizen bepalen zelf hoe zij hun zorg organiseren", aldus Brouwer.')
    organises = [t for t in doc.triples if t.label == "organises"]
    assert organises and organises[0].subject.name.lower() == "ziekenhuizen"
    assert organises[0].subject.type != "PERSON"


@parse_dependent
def test_volgens_attributes_a_copula_fact(run):
    doc = run("Het bedrijf Norvance maakt chips. Volgens topvrouw Linda Carraway is de X2 twee keer zo snel als zijn voorganger.")
    facts = [t for t in doc.triples if t.subject.name == "X2"]
    assert facts and all(t.qualifier("attributed_to") == "Linda Carraway" for t in facts)
    assert not any("volgens" in t.label for t in doc.triples)


@parse_dependent
def test_het_of_an_evaluation_is_not_an_organisation(run):
    doc = run('Jan de Groot van de Universiteit Twente is voorzichtig. "Het is een mooie stap", zegt hij.')
    assert not any(t.subject.name == "Universiteit Twente" and t.label == "is a" for t in doc.triples)


@parse_dependent
def test_a_surname_alone_at_the_start_of_a_sentence_is_the_person(run):
    doc = run("Burgemeester Jeroen Kamphuis is boos. Kamphuis roept artsen op om te demonstreren.")
    assert "Kamphuis" not in {e.name for e in doc.entities}
    assert any(t.subject.name == "Jeroen Kamphuis" and t.label == "calls on" for t in doc.triples)


@parse_dependent
def test_a_place_adjective_is_not_part_of_the_place_name(run):
    doc = run("Het bedrijf Norvance uit het Californische San Jose bouwt een fabriek.")
    assert "San Jose" in {e.name for e in doc.entities}
    assert not any(e.name.startswith("Californische") for e in doc.entities)


@parse_dependent
def test_a_speech_verb_after_the_clause_attributes_it(run):
    doc = run("Het kabinet trekt 2 miljard euro uit voor scholen, schrijft minister Eva Jansen in een brief.")
    said = [t for t in doc.triples if t.predicate == "said" and t.subject.name == "Eva Jansen"]
    assert said and "2 miljard euro" in str(said[0].object) and "schrijft" not in str(said[0].object)
    facts = [t for t in doc.triples if t.subject.name == "kabinet"]
    assert facts and all(t.qualifier("attributed_to") == "Eva Jansen" for t in facts)


@parse_dependent
def test_a_person_met_in_a_city_is_not_located_there(run):
    doc = run("De Franse president Emmanuel Macron ontmoette vrijdag bondskanselier Friedrich Merz in Berlijn.")
    assert any(t.label == "meets" for t in doc.triples)
    assert not any(t.subject.type == "PERSON" and t.label == "is located in" for t in doc.triples)


@parse_dependent
def test_a_description_sharing_the_names_stem_refers_to_it(run):
    doc = run("Telvio verhoogde de prijzen. Telvio gaat in beroep. De Consumentenbond reageert tevreden. "
              "Volgens directeur Sandra Molenaar van de consumentenorganisatie is de boete te laag.")
    assert any(t.subject.name == "Sandra Molenaar" and t.label == "is director of" and t.object.name == "Consumentenbond"
               for t in doc.triples if isinstance(t.object, Entity))


@parse_dependent
def test_an_abbreviation_in_brackets_is_the_same_entity(run):
    doc = run("Het Centraal Bureau voor de Statistiek (CBS) publiceert nieuwe cijfers. Het CBS meldt een daling van de werkloosheid.")
    cbs = [e for e in doc.entities if "CBS" in (e.name, *e.aliases)]
    assert len(cbs) == 1 and cbs[0].name == "Centraal Bureau voor de Statistiek", [(e.name, e.aliases) for e in doc.entities]


@parse_dependent
def test_a_negated_agreement_keeps_its_negation(run):
    doc = run("Telvio is het niet eens met het besluit.")
    agree = [t for t in doc.triples if t.label == "agrees with"]
    assert agree and agree[0].qualifier("negated") is True


@parse_dependent
def test_a_country_and_its_demonym_are_one_node(run):
    doc = run("Het Zweedse bedrijf Northvolt bouwt een fabriek in Zweden.")
    countries = [e for e in doc.entities if e.type == "GPE"]
    assert [(e.name, "Zweden" in e.aliases) for e in countries] == [("Sweden", True)], [(e.name, e.aliases) for e in countries]


@parse_dependent
def test_an_organisations_short_name_is_its_full_name(run):
    doc = run("Zuivelconcern Melkweg Foods opent een fabriek in Gorinchem. Melkweg investeert daarvoor 40 miljoen euro.")
    orgs = [(e.name, e.aliases) for e in doc.entities if "Melkweg" in e.name or "Melkweg" in e.aliases]
    assert orgs == [("Melkweg Foods", ("Melkweg",))], orgs


@parse_dependent
def test_a_name_with_an_organisation_class_noun_is_not_a_persons_surname(run):
    doc = run("De fabriek van dochteronderneming Tulpa sluit in juni. Oprichter Hendrik Tulpa is verdrietig.")
    kinds = {e.name: (e.type, e.aliases) for e in doc.entities if "Tulpa" in e.name}
    assert kinds == {"Tulpa": ("ORG", ()), "Hendrik Tulpa": ("PERSON", ())}, kinds


@parse_dependent
def test_ze_who_says_a_quote_is_the_woman_not_the_company(run):
    doc = run("Energiebedrijf Voltra is getroffen door een storing. Topvrouw Anne Bakker van Voltra biedt de klanten haar "
              "excuses aan. Het bedrijf betaalt alle schade. “We hadden dit nooit mogen laten gebeuren”, zei ze dinsdag.")
    assert [t.subject.name for t in doc.triples if t.label == "said"] == ["Anne Bakker"]


@parse_dependent
def test_a_name_with_particles_is_a_person_whatever_the_ner_says(run):
    doc = run("De gemeenteraad heeft Marieke van Dalen voorgedragen. Zij volgt Henk Oosterveld op, die vertrekt omdat hij met pensioen gaat.")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("Marieke van Dalen") == "PERSON", types
    # "hij" is the man, not the woman "zij" already named
    pensioen = [e.name for e in doc.entities if any(m.text == "hij" for m in e.mentions)]
    assert pensioen == ["Henk Oosterveld"], pensioen


@parse_dependent
def test_unknown_names_between_places_are_places(run):
    doc = run("Het waterschap versterkt de dijk tussen Gennep en Heijen.")
    types = {e.name: e.type for e in doc.entities if e.name in ("Gennep", "Heijen")}
    assert types == {"Gennep": "GPE", "Heijen": "GPE"}, types


@parse_dependent
def test_a_name_ending_in_a_trade_is_an_organisation(run):
    doc = run("Aannemer Van Dommelen Waterbouw begint maandag met het werk. De aannemer verwacht weinig overlast.")
    types = {e.name: e.type for e in doc.entities if "Dommelen" in e.name}
    assert types == {"Van Dommelen Waterbouw": "ORG"}, types
