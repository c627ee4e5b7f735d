/**
 * The Dutch phrase rules (format: match.ts; conventions: rules.ts). The classifier applies
 * them to an email whose language is Dutch only, and the content script loads this module
 * with import() for such an email only. Dutch rules whose words also occur in mail of other
 * languages are in rules.ts, which applies to every email.
 */
export const RULES = `
x2 online assessment|test|tests|toets|toetsen
r5 voor jou|u gaat _3 niet door _4 functie?
i5 over ons _6 over jezelf|jou|uzelf
r5 hebben _1 al|inmiddels iemand
x4 dienst|diensten|shift _2 overnemen|ruilen
x3 vrijwilliger*
j1 baan|baantje|bijbaan|bijbaantje|vakantiebaan|vakantiewerk|zaterdagbaan
j1 werk zoek|zoeken|zoekt
j1 zoek|zoeken|zoekt _1 werk
j1 beginnen|begint|start|starten als
j0.5b bezorger|kapper|kapster|monteur|oppas|schoonmaker|serveerster
o5 bied|bieden _1 je|jou|u _6 aan
o5 aanbod _3 doen
o5 je|u _1 bent aangenomen
o5 je|jou|u _1 te _1 benoemen
o4 opdrachtbevestiging|plaatsingsbevestiging
o3 wil|willen graag _2 met je|jou|u _1 verder
o5 aannemen|aanwerven
o5k voor jou|u gekozen
o2 gefeliciteerd
o4 arbeidscontract|arbeidsovereenkomst|jobaanbieding|stagecontract|stageovereenkomst|uitzendcontract|uitzendovereenkomst
o2 voorstel
o4 welkom _2 boord|team
o2 akkoord|brutomaandloon|dienstverband|opstart|proeftijd|salaris|stagevergoeding|startdatum|uurloon|vakantiegeld
o2 bruto per maand
o2 aanbod
r5 niet door|verder _3 gaan|met
r5 besloten _3 niet
r5 ander|andere _1 kandidaat|kandidaten|persoon|sollicitant|sollicitanten
r5 verder met een _1 andere? _1 kandidaat|kandidate|sollicitant
r5 voort te voortzetten|zetten met een _1 andere? _1 kandidaat|kandidate|sollicitant
r5 niet _2 uitnodigen
r5 niet _2 uit te nodigen
r5 baan|betrekking|functie|plek|stageplaats|stageplek|vacature _4 bezet|ingevuld|invullen|toegekend|toegewezen|vergeven|vervuld
r5k met|voor iemand anders _2 gegaan|gekozen
o4 mag|moogt _4 beginnen|starten op|per|vanaf #d|dinsdag|donderdag|maandag|vrijdag|woensdag|zaterdag|zondag
r5 anders beslist|besloten
r5 met|voor een interne kandidaat|kandidate|oplossing
r5 interne kandidaat|kandidate _2 aangenomen|benoemd|gekozen|kiezen
x4 cv _2 voorstellen
r4 al|inmiddels _2 iemand _3 aangenomen|gevonden
r4 hadden|hebben we _4 iemand _3 aangenomen|gevonden
r5 voorkeur _2 gaat|gegeven|geven _2 aan|naar _1 de|een _1 andere? _1 kandidaat|kandidate|sollicitant
o5 bent _1 de _1 gekozen|geselecteerde kandidaat|kandidate
r5 niet _3 in aanmerking
o4 baan|functie|job|plek _3 is van jou|u
r4 afgewezen|afwijzing
r5k aanwervingsstop|personeelsstop|vacaturestop
r4 procedure|selectieprocedure|sollicitatieprocedure _4 beeindigd|gestopt|stopgezet
r5 andere keuze _2 gemaakt
r5 niet in je|jouw|uw voordeel
r4 niet _2 verder
r5k niet _3 door|doorgaan|doorgaat|verder _3 naar _4 fase|gedeelte|proef|proeven|ronde|stap
r5k geen _2 aanbod|baan|betrekking|functie|job|opdracht|voorstel _3 aanbieden|doen|maken
o4 je mag _4 bij ons beginnen|starten
o4 ge|je|jij|u kan|kunt|mag|moogt _6 beginnen|starten als
o4 kan|kun|kunt je|jij|u _3 #d|dinsdag|donderdag|maandag|morgen|vrijdag|woensdag|zaterdag|zondag _2 beginnen|starten
o4 je|jij|u kan|kunt _3 #d|dinsdag|donderdag|maandag|morgen|vrijdag|woensdag|zaterdag|zondag _2 beginnen|starten
o3 je|jou|u _3 inzetten _2 als
o3 of je|jij|u _3 aanneemt|accepteert
o5 je _2 baan|functie|job|plaats|stageplaats|stageplek _5 aan te bieden
o5 je|jou|u _4 baan|functie|job|stageplaats|stageplek _8 aanbieden
o4 verlenging _4 arbeidscontract|arbeidsovereenkomst|dienstverband
o4 verlenging _4 tijdelijk|tijdelijke contract
o4 tijdelijk|tijdelijke contract _3 verlengd|verlengen
o4 verlenging _4 contract van bepaalde duur|tijd
o4 arbeidscontract|arbeidsovereenkomst|dienstverband _3 verlengd|verlengen
r5 keuze _2 niet _3 gevallen
r3 helaas|spijt
r3 jammer genoeg
r5 niet _3 deelnemen|doorstromen _4 fase|gedeelte|proef|ronde|selectieprocedure|stap
r4 helaas _4 mededelen|meedelen|weten
r4 niet meer _3 invullen
r3 veel succes _2 loopbaan|sollicitatie|verdere|zoektocht
i5 assessmentdag|jobgesprek|jobinterview|kennismakingsgesprek|meeloopdag|meeloopmiddag|meeloopochtend|proefdag|proefles|proefdraaien|proefknip|selectiegesprek|sollicitatiegesprek|vervolggesprek|video-interview|videointerview
i5 eerste|tweede|volgende gesprek
i5k uitnodig* _4 assessment*|gesprek|interview|kennismaking*|kennismakingsgesprek|sollicitatiegesprek
i5 nodig|nodigen _4 uit _4 assessment*|gesprek|interview|kennismaking|kennismakingsgesprek|sollicitatiegesprek
i4 bevestig* _3 afspraak|gesprek
i4 kennismaken|kennismaking _4 #d|dinsdag|donderdag|maandag|morgen|vrijdag|woensdag|zaterdag
x5 ik had _2 mijn _1 gesprek|interview|sollicitatiegesprek
x5 ik _3 ontslag _1 indienen|nemen
x5 ik neem ontslag
i4 afspraak|gesprek _5 om #d|uur
i3s gesprek|sollicitatiegesprek|uitnodiging
x5 ik _2 accepteer|neem _3 aan|aanbod
x5 trek _2 sollicitatie _1 in
x4a ontvangstbevestiging
x4 beoordelingsformulier|scorekaart|vacaturetekst
x4a kandidatuur|sollicitatie _3 ontvangen
x4 kan|kun|kunnen|wil _1 je|jij|u _6 gesprek|gesprekken|interview _3 afnemen|doen|overnemen|voeren
x4 jij|u _3 gesprek|gesprekken|interview|interviews _2 afneemt|afnemen|voeren|voert
x3 de kandidaat|sollicitant
x5k wie je|jij|u _2 wil|wilde|wilt|zou _3 spreken|uitnodigen|zien
x4 hij|zij _8 aanbod|baan|functie _6 aanneemt|accepteert|afgeslagen|afgewezen|afslaat|afwijst
x4 hij|zij neemt|slaat _6 aanbod|baan|functie
x4 vacature _3 opnieuw|weer _2 online|open|openzetten|plaatsen|publiceren|uitzetten
x4a goed|goede ontvangen|orde
x4a goed _3 aangekomen
x4a volgende week _3 terug|weten
x4a nog _2 geen _1 besluit|beslissing
x4 afmelden|uitschrijven
x4 meld je _2 af
x4 aanbieding|aanbiedingen|korting
x3 ervoor open
x3 je|jouw|uw cv|profiel _3 gezien|tegen|tegengekomen
x3 sta|staat je|jij|u open voor
x4 eerste werkdag
x4 hebt getekend|ondertekend
j1 aanmelding|functie|gesprek|job|kandidaat|kandidatuur|sollicitatie|sollicitatiegesprek|selectieprocedure|sollicitatieprocedure|stageplaats|stageplek|vacature
r5k gekozen|kies|kiest|kiezen|koos|kozen _2 voor _2 ander|andere|iemand
i-2 na _3 gesprek|gesprekken|meeloopdag|proefdag|sollicitatiegesprek
i-2 bedankt|dank|merci _6 gesprek|gesprekken|kennismaking|meeloopdag|proefdag|proefdraaien|sollicitatiegesprek
i5k door _4 derde|finale|laatste|tweede|volgende _1 fase|gesprek|ronde|stap
i4 derde|laatste|tweede|volgende ronde
i4 dagen|data|momenten|tijdstippen _6 beschikbaar
i3 beschikbaar|beschikbaarheid
i4 gesprek|kennismaking|kennismakingsgesprek|videocall|videogesprek _2 inplannen|plannen
i4 boek|kies|kiest|plan|reserveer _4 moment|tijdslot|tijdstip
x4k weten of _4 door|nodigen|uitnodig*
x4k hoor|hoort _3 of _3 door|nodigen|uitnodig*
x4a alleen _3 geschikte|geselecteerde _1 kandidaten|sollicitanten
x4a niets van ons _1 gehoord|hoort|horen|vernomen
x4a hoor|hoort _4 niets van ons
x5ks afwezig|afwezigheid|automatisch
x4 afwezig|afwezigheidsbericht
x4 niet op kantoor
x4 automatisch antwoord
x4 enquete|tevredenheidsonderzoek
x5 ik ben _1 aangenomen|afgewezen|uitgenodigd
x5 hebben|heeft me|mij _3 aangenomen|afgewezen|uitgenodigd
x4a of je|u bent|wordt geselecteerd|uitgenodigd
x4 ik heb _2 aanbod|afwijzing|baan|job _1 gekregen
x5k ondertekenaars|partijen _6 ondertekend|voltooid
x5k een document|documenten gestuurd _2 ondertekenen|ondertekening|tekenen
x4k huurcontract|huurovereenkomst|huurprijs|huurwoning|woningtoewijzing
x4 schreef|schreven je|u in voor
x3 workshop|workshops
x4k bezichtiging|inschrijfduur|verhuurder
x4k woning _4 toegewezen|verhuurd
x4k plaats|plaatsing|plek _3 bso|kinderdagverblijf|kinderopvang|peuteropvang
x4k je|jouw|uw _1 dochter|kind|zoon
x4k inschrijving|reactie _4 woning
x3 loonheffingsformulier|loonheffingskorting
x4k bacheloropleiding|masteropleiding|studielink|toelating|toelatingsbesluit
i4 voor een _1 gesprek|kennismaking|sollicitatiegesprek|videogesprek
i2 om #d
x5 sollicitatie _8 intrek|intrekken|terugtrekken
x5 intrekken|terugtrekken _2 sollicitatie
x4 met jou|u erbij
x4 cv's|cvs _3 bijlage
x4k aanbestedende|aanbesteding|gunning|gunningsbeslissing|gunningscriteria|gunningscriterium|inschrijver|inschrijvers|opschortende
x4k opdracht _3 gegund|gunnen
x4 beoordelingsgesprek|eindgesprek|evaluatiegesprek|exitgesprek|functioneringsgesprek|jaargesprek|ontwikkelgesprek|pop-gesprek|voortgangsgesprek
x4 zelfbeoordeling|zelfevaluatie
x4 verplichte cursus|e-learning|training
x4 je|jouw|uw laatste werkdag
x4k schrijf|schrijven _4 artikel|stuk|stukje _2 over
x4k artikel|manuscript _6 publicatie
x3 reviewers
x3 peer review
x2 redactie
x4k interviewaanvraag|interviewverzoek|journalist|reportage|reporter|verslaggever
x4k interview _6 voor _1 de|het|ons|onze _1 aflevering|artikel|blad|krant|magazine|podcast|programma|serie
x3 afleveringen|lezers|luisteraars
x4k banenbeurs|banenmarkt|carrierebeurs|speeddate|speeddate-ronde|vacaturebeurs
x4 meer dan #d bedrijven|organisaties|standhouders|werkgevers
x4k beurs|studiebeurs
x4k abstract|congres|inzendingen|postersessie|programmacommissie
x4 als referentie
x4 referent|referentieverzoek
x4 alle vacatures
x4 zoekopdracht
x4 lees ook
x4k je|jouw|uw bod
x4kb hypotheek|hypotheekofferte|koopsom|koopwoning|lening|makelaar|makelaardij|makelaars|overdrachtsdatum
r5 nodig|nodigen _3 niet uit
r5 onvoldoende _2 aansluiting|match
r4 sluit|sluiten _3 niet _2 aan
r4 werd|wordt hem|m _1 niet
r5 vacature _4 geschrapt|ingetrokken|vervallen
r5k aanbod|jobaanbod _4 ingetrokken|intrekken|teruggetrokken|terugtrekken
r5kw moeten|moesten _5 aanbod|jobaanbod _3 intrekken|terugtrekken !als|indien
x5 op je|jouw|uw verzoek _10 ingetrokken
i-2 al _3 gesprek|gesprekken _1 gehad|had|hadden
o5 geselecteerd _1 voor de|deze _1 baan|functie|job|vacature
i4 langs _1 kom|komen|komt
i4 kom|komen|komt _3 kennismaken|langs
i3 kom|komt je? _5 langs
o4 vanaf _2 welkom
i3 koffie te? drinken
i4 langskomen|langskomt
i4 wat dacht|denk _2 van _3 #d|dinsdag|donderdag|maandag|morgen|vrijdag|woensdag|zaterdag
i3 als volgende stap
x4k brugklas|schoolkeuze|voorkeurschool
x4k ouder|ouders verzorger|verzorgers
o5 kan|kun|kunt|mag je|jij|u _4 bij ons _2 aan de slag
o5 je|jij|u kan|kunt|mag _4 bij ons _2 aan de slag
o2 vast|vaste aanstelling|contract|dienstverband
o4 aangepast|aangepaste|nieuw|nieuwe contract|voorstel
o4 hoop|hopen dat je|u ja zegt|zeggen
i3 zullen we _6 bellen|spreken|videobellen
o4 akte|besluit van _1 aanstelling|benoeming
o5 benoeming _4 aan te bieden|aanbieden
o4 voorstel tot benoeming
r5 bent _3 niet bij
r5 niet _1 bij|tot _1 de _3 kandidaten|mensen|personen|sollicitanten
i-3 niet _1 bij|tot _1 de _3 kandidaten|sollicitanten die _3 uitnodig* _4 assessment*|gesprek|interview|kennismaking*|sollicitatiegesprek
r4 gekozen|kiezen|koos|kozen _2 voor _1 een _2 kandidaat|kandidate|sollicitant
r3 iemand|kandidaat|kandidate|sollicitant _3 meer _1 ervaring|werkervaring
r4 eindigt|houdt|stopt _3 daar|hier
i5 dag|dagdeel|dagje|middag|ochtend|uur|uurtje _3 meedraaien
i4 meedraaien|meelopen
i-3 bedankt|dank _8 meedraaien|meelopen
i5 dag|dagdeel|dagje|middag|ochtend|uur|uurtje _3 mee te draaien
i4 mee te draaien|lopen
i3 welke _1 dag|dagen|middag|moment|ochtend|tijd|tijdstip _6 beschikbaar|kan|kun|kunt|past|schikt|uitkomt
x4k bijstand|bijstandsuitkering|re-integratie|sollicitatieplicht|uitkering|uwv|ww-uitkering
x4k je|jouw|uw _1 klantmanager|werkcoach
x4 koor|koorrepetitie|repetitie|repetities
x3 cursist|cursus|cursussen|inschrijving|lesrooster
x4k welke _1 kandidaat|kandidaten|sollicitant|sollicitanten _6 ontmoeten|spreken|uitnodigen|voorkeur|zien
x5 hebben|heeft me|mij _3 aangenomen|gekozen
r4 zitten _3 vol
`;
