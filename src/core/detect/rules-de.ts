/**
 * The German phrase rules (format: match.ts; conventions: rules.ts). The classifier applies
 * them to an email whose language is German only, and the content script loads this module
 * with import() for such an email only. German rules whose words also occur in mail of other
 * languages are in rules.ts, which applies to every email.
 */
export const RULES = `
x2 eignungstest|einstufungstest|online-assessment|online-test|online-tests|onlinetest|onlinetests|personlichkeitstest
x2 online assessment|test|tests
o4 als _2 bisch|bist|seid du|ihr dabei
x4 als gast|mitglied|teilnehmer|teilnehmerin|zuschauer _3 dabei
x3 als gast|gaste
x2 lieferung|mindestbestellwert|mwst
i5 uber uns _6 uber dich|euch|sich
o5 dir|euch|ihnen _12 anbieten|anzubieten
o5 anbieten _2 zu durfen|konnen
o5 biete|bieten _1 dir|euch|ihnen _6 anstellung|ausbildungsplatz|festanstellung|job|lehrstelle|pflichtpraktikum|position|praktikum|praktikumsplatz|praktikumsstelle|stelle|vertrag _6 an
o4 zusage _3 erteilen|fur|geben|zu|zur
o4 freue|freuen _4 zusage
o4 anstellungsvertrag|arbeitsvertrag|arbeitsvertrages|arbeitsvertrags|ausbildungsvertrag|dienstvertrag|einsatzvertrag|einstellungszusage|jobangebot|praktikumsvereinbarung|praktikumsvertrag|stellenzusage|vertragsangebot|vertragsentwurf|vertragsunterlagen
o4 an bord _1 holen|nehmen
o4 ab|am #d|dienstag|donnerstag|freitag|mittwoch|montag|samstag|sofort _6 bei uns _5 anfangen|anzufangen|beginnen|einsteigen|starten
o4 verlangerung _4 anstellungsvertrag*|arbeitsvertrag*|dienstvertrag*
o4 anstellungsvertrag|arbeitsvertrag|dienstvertrag _3 verlangern|verlangert
o5 biete|bieten _4 entfristung|weiterbeschaftigung
o3 entfristung|weiterbeschaftigung
o3 das|dein|ein|ihr|unser|unserem|unseres _1 angebot
o4 dir|ihnen _3 angebot _1 machen|unterbreiten
o4 deine|ihre einstellung _1 als
o3 dich|euch|sie _2 ab|zum _3 #d _3 als
o3 hatten|mochten|wollen|wurden dich|euch|sie _1 gern|gerne _8 als
o3 dich|euch|sie _10 bei uns _2 haben
o3 schicken|senden|zuschicken|zusenden _4 vertrag
o3 vertrag _3 fertig|schicken|senden|zuschicken|zusenden
o4 deine|ihre ernennung|verbeamtung
o4 fur dich|sie entschieden
o4 gern|gerne _6 bord|einstellen|team
o4 willkommen an|im _1 bord|team
o3 anstellen|anstellung|anzustellen|eingestellt|einstellen|einstellung
o2 herzlich|herzlichen gluckwunsch|glueckwunsch|willkommen
o2 gluckwunsch|glueckwunsch
o2 anderungsvertrag|arbeitsbeginn|ausbildungsvergutung|befristet|bruttogehalt|bruttojahresgehalt|bruttolohn|dienstantritt|eintritt|eintrittsdatum|entgelt|gehalt|jahresgehalt|lohn|monatsgehalt|monatslohn|praktikumslohn|praktikumsvergutung|probezeit|stellenantritt|stundenlohn|unbefristet|urlaubstage|verguetung|vergutung
o2 gegenzeichnen|unterschreiben|unterschriebenes|unterschrift|unterzeichnen
o2 zusage|zusagen|zusagst
o1 angebot
o4 passen _2 angebot
r5 leider _6 nicht _4 anbieten|berucksichtigen|einladen|fortsetzen|weiter|weiterverfolgen|zusagen
r5 nicht _3 berucksichtigen|weiterhin|weiterverfolgen
r5 nicht _2 weiter berucksichtigen|verfolgen
r5 nicht _3 engere auswahl|wahl
r5 eine|einem|einen|einer _1 andere|anderen _1 bewerber*|kandidat*
r5 fur|zugunsten _2 andere|anderen|anderer _1 bewerber*|kandidat*|losung|person|profil*
r5 arbeitsplatz|ausbildungsplatz|position|praktikumsplatz|stelle|vakanz _4 anderweitig|besetzt|vergeben
r5 arbeitsplatz|ausbildungsplatz|position|praktikumsplatz|stelle|vakanz _10 bereits|inzwischen|mittlerweile|schon|zwischenzeitlich _8 besetzt|vergeben
r5 konnten _5 besetzen|nachbesetzen|vergeben
r3 behalten|halten _6 evidenz|hinterkopf
r4 abgelehnt|absage|absagen
r-4 kurzfristige|spate _1 absage
r5 internen _1 bewerber*|kandidat*|kollegen|kollegin|mitarbeiter*|mitarbeitenden _2 besetzen|besetzt
r4k aufnahmestopp|aufnahmestopps|einstellungsstopp|einstellungsstopps|stellenstopp|stellenstopps
r5 uns _4 anders|anderweitig entschieden
r3 auf eis gelegt
r5 mit einem|einer _1 anderen? _1 bewerber*|kandidat*|person _2 zu? _1 besetzen|besetzt
r5 fur|zugunsten _2 interne|internen _1 besetzung|bewerber*|kandidat*|losung
r4 bereits|inzwischen|schon _3 jemand|jemanden _3 eingestellt|gefunden
r5 bewerber*|kandidat*|person _2 den vorzug
r5 mit einem|einer _1 bewerber|bewerberin|kandidat|kandidatin _4 weiter|weitergehen|weitermachen
o4 wunschkandidat|wunschkandidatin
o5 job|stelle _3 gehort dir|ihnen
r5 nicht zu deinem|deinen|ihrem|ihren gunsten
r4 auswahlverfahren|bewerbungsverfahren|verfahren _8 abgebrochen|eingestellt
r5k keine|keinen _1 angebot|zusage _3 anbieten|aussprechen|erteilen|geben|machen|unterbreiten
r4 keine|keinen positive|positiven|positiveren _1 antwort|bescheid|nachricht|ruckmeldung
r4 nicht _2 in betracht
r5k angebot|einstellungszusage|zusage _8 widerrufen|zuruckgezogen|zurucknehmen|zuruckziehen
r5kw mussen|mussten _6 angebot|einstellungszusage|zusage _3 widerrufen|zurucknehmen|zuruckziehen !falls|wenn
x5 auf deinen|ihren wunsch _6 zuruckgezogen
r5k rucknahme|widerruf _2 angebot|einstellungszusage|zusage
o4 als _8 ausgewahlt worden|wurden
o4 annahme _6 bestatigen
r2 bedauerlicherweise|bedauern|bedaure|leider
r4 bedauern|leider _3 mitteilen|mitzuteilen
r5k bewerbung|kandidatur _6 nicht _2 berucksicht*
r4 nicht _2 berucksichtigt
r2 reiflicher uberlegung
r4 gegen _2 entschieden
r4 nicht weiter _2 auswahl*|berucksichtigt|prozess|verfahren
r3 entschieden _2 andere|anderen
r4 fur jemand|jemanden _6 entschieden
r4 fur eine|einen andere|anderen? bewerber*|kandidat*|mitbewerber* _5 entschieden
j1 aushilfe|aushilfen|ferienjob|kandidatur|minijob|nebenjob|praktikum*|probearbeit*|probetag|schnuppertag|werkstudent*
j1 teilzeit|vollzeit
j0.5b babysitter|friseur|friseurin|gartner|kellner|kellnerin|mechaniker|reinigungskraft
j1 m|w m|w d|x
j1 suche|suchen _3 jemand|jemanden
r3 fur deine|die|ihre _1 berufliche|weitere|weiteren _1 jobsuche|laufbahn|stellensuche|suche|weg|zukunft
r2 alles gute
r2 viel erfolg
o4 kannst|konnen|konnt _3 #d|dienstag|donnerstag|freitag|mittwoch|montag|morgen|samstag|sofort _2 anfangen|beginnen|einsteigen|starten
o3 bezahlung|gehalt|gezahlt|lohn _3 wie _1 abgesprochen|ausgemacht|ausgmacht|besprochen|bsproche|vereinbart
r5 wir _3 jemand|jemanden _1 anderen|anders _3 ausgewahlt|eingestellt|gefunden|genommen
r4 haben|hatten _1 bereits|schon _1 jemand|jemanden|wen
r2 bewerberpool|talentpool
i5 auswahlgesprach|auswahltag|bewerbertag|bewerbungsgesprach|erstgesprach|hospitation|kennenlerngesprach|kennenlerntermin|probearbeit*|probetag|schnupperlehre|schnuppertag|schnuppertage|telefoninterview|videointerview|vorstellungsgesprach|vorstellungstermin|zweitgesprach
i5k einladen|einladung|lade|laden _6 assessment|auswahltag|bewerbertag|gesprach|hearing|interview|kennenlernen|probe*|termin|vorstellung*
i5 personlich kennenlernen
i5 gesprach|interview|kennenlernen|vorstellungsgesprach _4 einladen|einzuladen
i2 teams-call|videocall|videotelefonat
i4 kennenlernen|schnuppern
i4 gesprach|interview|termin _5 am|um _3 #d|uhr
i4 alternativtermin|terminverschiebung|verschieben|verschoben
i3 termin
i4 buche|buchen|waehlen|wahle|wahlen _3 termin|zeitfenster|zeitslot
i3 neuer termin|vorschlag
i4 terminvorschlag|terminvorschlage
i3 bestatigen _3 termin
i3 wann _2 passt|zeit
i3 gesprach|gesprache
i-2 nach _3 gesprach|gesprachen|hospitation|probearbeit*|probetag|schnuppertag|vorstellungsgesprach|zweitgesprach|zweitgesprachen
i-3 bedanken|dank|danke|merci _6 gesprach|hearing|hospitation|probearbeit*|probetag|schnupperlehre|schnuppertag|vorstellungsgesprach
i2 mesz|mez|uhr
i3s einladung|gesprach|termin
x5 ich hab|habe _1 absage|angebot|job|stelle|zusage
x5 ich hab|habe _4 absage|angebot|job|stelle|zusage _6 angenommen|bekommen|erhalten|gekriegt
x5 hab|habe ich _4 absage|angebot|job|stelle|zusage _6 angenommen|bekommen|erhalten|gekriegt
x5 ich|mich _4 andere|anderes _1 angebot|job|position|stelle _3 angenommen|annehmen|antreten|anzunehmen|anzutreten
x5 mir _4 angebot _6 bekommen|gemacht
x5 ich nehme _3 angebot _1 an
x4 hab|habe gerade|grad|heut|heute _2 anruf|zusage _3 bekommen|erhalten|gekriegt
x3 rate mal
x5 ich hatte _2 mein|meine|meinen _1 bewerbungsgesprach|interview|vorstellungsgesprach
x5 ich _3 kundige|kundigen
x5 ziehe _3 bewerbung _1 zuruck
x4a eingangsbestatigung|empfangsbestatigung
x4 abbestellen|abmelden|abmeldung
x4a eingang _4 bewerbung*|unterlagen
x4a bewerbung _3 eingegangen|erhalten
x4 aktion|gutschein|rabatt|sichern
x4 job-alert|jobalarm|jobangebote|stellenangebote|suchauftrag
x-4 einem|einen job-alert|jobalarm|suchauftrag
x4 neue stellen
x4 jobs fur sie
x4 eure|ihre offenen? stellen|stellenanzeigen|stellenausschreibungen|vakanzen
x3 auf dein|ihr profil _2 aufmerksam|gestossen
x3 offen fur _2 neue|neues|veranderung|wechsel
x4 eure|ihre bewerber|bewerberinnen|kandidaten|kandidatinnen
x3 zeige|zeigen _3 gern|gerne _2 wie
x3 gern|gerne zeige|zeigen _3 wie
x4 kannst du _6 fuhren|machen|ubernehmen
x4 bewerber|bewerberin|kandidat|kandidaten|kandidatin _3 abgesagt|gesprach|lebenslauf|notizen
x3 ich _2 abgesagt
x3 sie erhalten diese
i4 dritte|finale|nachste|nachsten|zweite|zweiten _1 auswahlrunde|gesprachsrunde|runde
x5ks abwesend|abwesenheit|abwesenheitsnotiz
x5ks automatische antwort
x4 abwesend|abwesenheitsmeldung|abwesenheitsnotiz
x4 bin _6 nicht im buro|haus
x4 eingeschrankten|keinen zugriff
x3a nichts von uns _1 gehort|horen
x4a melden uns _4 nachste|nachsten|kommende|kommenden _1 woche
x4a noch _2 keine _1 entscheidung
x4a fuhren _4 noch _3 gesprache
x4a nur _3 ausgewahlte|geeignete|passende _1 bewerber*|kandidat*
x4 feedbackbogen|umfrage|zufriedenheitsumfrage
x5 ich _1 bin|wurde _2 abgelehnt|eingestellt|genommen
x5 mir _3 abgesagt
x5k alle beteiligten|parteien|unterzeichner _6 abgeschlossen|unterschrieben|unterzeichnet
x5k dir|ihnen _1 dokument|dokumente _2 prufung|unterschrift|unterzeichnung
x4k wohnungsbewerbung|wohnungsvergabe
x4k mietinteressent|mietinteressenten|mietinteressentin
x4k wohnung _6 vergeben|vermietet
x4k kaltmiete|mietbeginn|warmmiete|wohnungsangebot
x4k betreuungsplatz|betreuungsvertrag|eingewohnung|kindergartenplatz|kita-platz|kitaplatz|krippenplatz
x4k dein|deine|deinen|euer|eure|ihr|ihre|ihren _1 kind|sohn|tochter
x4k anfrage|besichtigung|bewerbung|interesse _3 mietwohnung|wohnung
x4a oder eine|einer absage
x3 personalfragebogen|sozialversicherungsausweis|steuer-id|steueridentifikationsnummer
x5 dich|sich fur uns entschieden
x4 bedanken|dank|danke _3 fur deine|ihre zusage
x3 fur|zu deinem|deinen|ihrem|ihren ersten arbeitstag|tag
x4 #d|drei|funf|sechs|sieben|vier|zwei bewerber|bewerberinnen|kandidaten|kandidatinnen _6 eingeladen|einladen
x4 auswahlgremium|auswahljury|auswahlkommission|berufungskommission|jury _3 mitmachen|mitwirken|mitzuwirken|sitzen|sitzt
x4k bachelorstudiengang|einschreibung|fachsemester|hochschulzulassung|immatrikulation|masterstudiengang|zulassung|zulassungsangebot|zulassungsbescheid
o5k im|in unserem? team _2 begrussen
i4 haben|hast|hatten|hattest du|sie _4 #d|dienstag|donnerstag|freitag|mittwoch|montag|morgen _4 zeit
i2 telefonat|telefonisch|telefonisches
o4 einsatz|einsatzes|projekteinsatz _6 verlangern|verlangert
o4 verlangerung _3 einsatz|einsatzes|projekteinsatz
o2 stundensatz|tagessatz
o2 #d die|pro stunde
i4 reden|sprechen wir _3 uber deine|die|ihre _2 job|stelle
x5 nehme _3 angebot|position|stelle _6 an
x5 bewerbung _6 zuruckziehen|zuruckzuziehen
x5 haben|hat mir _6 angeboten
x4k unterschriebene|unterschriebenen|unterschriebener arbeitsvertrag|vertrag _4 eingegangen|erhalten
x4k bieter|bietergemeinschaft|leistungsverzeichnis|vergabenummer|vergabestelle|vergabeunterlagen|vergabeverfahren|zuschlagserteilung|zuschlagskriterien
x4k zuschlag _4 erhalten|erteilen|erteilt
x4k angebot _6 los #d
x4 austrittsgesprach|beurteilungsgesprach|entwicklungsgesprach|exitgesprach|jahresgesprach|mitarbeitergesprach|mitarbeitergesprache|personalentwicklungsgesprach|zielvereinbarung|zielvereinbarungsgesprach
x4 pflichtschulung|pflichtschulungen|pflichtunterweisung|selbsteinschatzung|selbsteinschatzungsbogen
x4 dein|deinen|ihr|ihren letzten|letzter arbeitstag
x4k interviewanfrage|journalist|journalistin|presseanfrage
x4k schreibe|schreiben _4 artikel|beitrag|bericht|reportage _2 uber
x4k artikel|beitrag|manuskript _6 publikation|veroffentlichung
x3 begutachtung|gutachter|gutachterin|gutachterinnen|peer-review
x4k arzttermin|behandlungstermin|kontrolltermin|untersuchungstermin|vorsorgetermin|zahnreinigung
x4k interview|portrat _6 fur unser|unsere|unseren _1 ausgabe|blog|leser|leserinnen|magazin|podcast|sendung|zeitung
x4k ausbildungsmesse|berufsmesse|firmenkontaktmesse|jobmesse|karrieremesse|recruitingmesse
x4 mehr|uber als? #d arbeitgeber|aussteller|betriebe|firmen|unternehmen
x4k semesterbeitrag|stipendiat|stipendiatin|stipendium|studienplatz
x4k abstract|einreichung|programmkomitee|tagung
x4 kongress
x4 als referenz _2 angegeben|genannt
x4 alle jobs|stellen|stellenangebote _1 ansehen|anzeigen
x4 lesen sie auch
x4kb baufinanzierung|darlehen|darlehensangebot|eigentumswohnung|finanzierungsanfrage|finanzierungsangebot|kaufangebot|kaufpreis|kreditangebot|makler|maklerin|notartermin
r5 position|stelle _3 anderen _1 bewerber*|kandidat*|person _2 anzubieten|ubertragen|vergeben|zuzusagen
x5 mich riesig|sehr? zusagen zu durfen|konnen
r4 diesmal|leider|mal _2 nicht _1 geklappt|gereicht|klappen
r5 intern|reihen _2 befordern|befordert|besetzt|nachbesetzt|vergeben
r5 wird|wird's|wirds|wurde _2 nichts mit _3 anstellung|job|position|stelle|zusage
x5 bei mir _1 hat|hat's|hats|wird|wird's|wirds _3 nicht|nichts
r5k angebot|vertragsangebot|zusage _12 gegenstandslos|hinfallig
o4 hatten|mochten|wollen|wurden dich|euch|sie als _3 an bord
o3 hatten|mochten|wollen|wurden dich|euch|sie _4 an bord
o3 vertrag folgt|kommt
r3 bereits|inzwischen|mittlerweile|schon|zwischenzeitlich _3 besetzt|vergeben
r5 nicht unter|zu den _3 bewerber*|kandidat*|personen
r3 bewerber*|jemand*|kandidat*|person _3 mehr _1 berufserfahrung|erfahrung
r3 erfahrenere|erfahreneren|erfahrenerer|passendere|passenderen|passenderer
r4 fur dich|sie _4 abgeschlossen|beendet|vorbei
i3 welche|welchen|welcher _1 tag|tage|termin|termine|uhrzeit|zeit _4 gehen|geht|kannst|konnen|moglich|passen|passt
i4 hospitieren|mitlaufen|mitzulaufen|reinschnuppern|reinzuschnuppern
o3 unterschreiben|unterschrift|vertrag _4 vorbei|vorbeikommen|vorbeischauen
i3 komm|kommen|kommst _8 vorbei
i3 vorbeizukommen
i3 vorbeikommen|vorbeikommst|vorbeischauen
x4 chor|chorprobe|chorproben|mitgliedsbeitrag|stimmgruppe|vereinsmitglied
x3 deutschkurs|fahrstunde|kurs|kursbeginn|kurse|sprachkurs|yogakurs
x4k anspruchsberechtigung|arbeitsagentur|arbeitsbemuhungen|arbeitslosengeld|arbeitsvermittler|arbeitsvermittlerin|beratungsgesprach|burgergeld|jobcenter|meldetermin
x4k agentur fur arbeit
x4k aufenthaltserlaubnis|aufenthaltstitel|auslanderamt|auslanderbehorde|burgeramt|einburgerung*|einwohnermeldeamt|niederlassungserlaubnis
x4k welche|welchen _1 bewerber*|kandidat* _6 einladen|kennenlernen|sehen|sprechen|treffen
x4k anbei|schicke|sende|senden _4 lebenslaufe
x5k uber _2 einladung _6 freue|freuen _2 ich|mich
x5k freue|freuen _1 mich _4 auf|uber _2 einladung
x5k nehme|nehmen ich _3 wahr
x5k bestatige ich gern|gerne
x4 dank fur die einladung
x4 bewerbungsgesprachen|gesprachen|interviews|vorstellungsgesprachen _3 beisitzen|dabei|sitzen|teilnehmen
x5 haben|hat mich _5 eingeladen|eingestellt|genommen
x5 mochten|moechten|wollen mich _4 einladen
x5 ich hab|habe _4 bestanden|geschafft
x5 hab|ich hab|ich _3 bewerbungsgesprach|vorstellungsgesprach
x-3 mein|meine mama|papa hat? gesagt|meint|sagt|sagte
`;
