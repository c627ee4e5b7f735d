/**
 * The French phrase rules (format: match.ts; conventions: rules.ts). The classifier applies
 * them to an email whose language is French only, and the content script loads this module
 * with import() for such an email only. French rules whose words also occur in mail of other
 * languages are in rules.ts, which applies to every email.
 */
export const RULES = `
x2 test|tests psychotechnique|psychotechniques
x2 test|tests _1 en ligne
x2 heures|jours pour la|le? completer|realiser|terminer
r4 nous|on _2 trouve quelqu'un
j1 coiffeur|coiffeuse|cuisinier|cuisiniere|livreur|mecanicien|nounou|serveur|serveuse
j1 apprenti|apprentie|apprentis|boulot|cdd|cdi|saisonnier|saisonniere|taf
j1 travail
x4 me remplacer|remplaces
i5 decaler|deplacer|reporter _1 entretien|essai
i4 decaler|deplacer|reporter votre|notre rencontre|rendez-vous
i4 cours|lecon test
i5 passe|passez|venez|viens _6 qu' on|pour _1 discute|discuter|en|parle|parler
o5 promesse|proposition _1 d' embauche
o2 offre d' emploi
o5 lettre d' embauche|offre
o5 t'|te|vous _1 offrir|offrons|proposer|proposons _4 cdd|cdi|contrat|emploi|fonction|poste|role|stage
o3 t'|te|vous _1 accueillir|compter
o5k accueillir _4 alternance|cdd|cdi|equipe|poste|stage
o4 accueillerai|accueillerons|accueillons _4 alternance|alternant|alternante|apprenti|apprentie|cdd|cdi|poste|stage|stagiaire
o2 indemnite|indemnites de stage
o3 heureux|plaisir|ravis|souhaitons _4 accueillir|embaucher|recruter
o5 ete|etes retenu|retenue|retenues|retenus|selectionne|selectionnee pour ce|le _1 poste
i5 retenu|retenue|retenues|retenus|selectionne|selectionnee _3 pour _2 entretien
o2 felicitations
o4 confirmer _3 embauche|recrutement
o2 contrat de travail
o2 date d' arrivee|debut|embauche
o3 notre offre|proposition
o3 bienvenue _2 bord|equipe
o2 prise de poste
o2 entree en fonction
o1 periode d' essai
r4 pas pouvoir te|vous embaucher|engager|prendre
o1 offre|proposition
r5 pas _2 poursuivre|retenu|retenue|retenues|retenus
r5 ne retenons|retiendrons pas
r5 pas _2 donner|donnons _2 suite
r5 ne pourrons|pouvons|sommes _3 pas _3 accueillir|offrir|proposer|retenir|suite
r5 pas en mesure _3 donner|faire|offrir|proposer|suite
r5 poste _4 pourvu
r5 poste|postes _8 est|etait|ete|sont _1 comble|combles|pourvu|pourvus
r4 la place _3 comblee|pourvue
r4 ai|avons le regret
r4 ne figurait|figure|figurez pas parmi
r5 pas _2 aller plus loin
r5 candidature|dossier|profil _4 pas _2 considere|consideree
r4 retenu|retenue|selectionne d'|des autres? candidat*|profil*
r5 pas en ta|votre faveur
r4 fait|porte un autre choix
r5 choix _4 porte|portee|tombe sur _2 candidat*|candidature*|personne|profil*
r3 cette nouvelle _3 decevoir|decevra|decoit|decu|decue
r4 pris une autre decision|direction|orientation
r5 donne|donnera|donnerons|donnons pas _1 suite
r4 deja|entre-temps|entretemps _3 embauche|engage|recrute|retenu|trouve _1 monde|quelqu'un
r4 embauche|engage|pris|recrute|retenu|trouve quelqu'un d' autre
r4 prefere|privilegie _3 candidat*|candidature*|profil*
r5 continuer|continuons|poursuivons|poursuivre _2 avec un|une _1 candidat|candidate|profil
o4 t'|vous embaucher|engager|recruter _3 comme|poste|qualite
o5k passer|venir _10 signer _2 contrat*
o4 te|vous nommer|titulariser
o4 confirmer _3 engagement|stage
o5 es|etes _1 la|le _1 candidat|candidate _1 choisi|choisie|retenu|retenue|selectionne|selectionnee
o5 job|place|poste _3 est a toi|vous
o4 peux|pourrais|pourriez|pouvez commencer _2 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
o4 commencerais|commenceras|commencerez|commences|commencez _3 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
o4 fera|ferons|passe|passez|prepare|preparons|venez|viens _3 contrat|signer
r4 gel _2 embauches|recrutement|recrutements
j1 postulation|postulations
r5 autre|autres _1 candidat*|candidature*|personne|profil*
r4 au regret
r4 annulation|annuler|retirer|retrait _3 offre|proposition
r5kw contraint|contrainte|contraints|decide|devons|du|obliges _2 annuler|retirer _3 offre|promesse|proposition !si
r5kw annulons|retirons _3 offre|promesse|proposition !si
r3 desole|desolee|malheureusement|navre|navree|regrettons
r3 ne correspond|correspondait pas
r3 bonne continuation
r3 trouvera _2 preneur
r2 suite favorable
r2 vos donnees seront conservees
r3 malgre _4 candidature|interet|profil|qualites
i3 entretien|entretiens|entrevue|entrevues
i1 hae|hne
i5k convocation|convoquer
i5 entretien|entrevue d'|de embauche|selection
i4 nous aimerions|souhaiterions|souhaitons _2 te|vous _1 rencontrer|voir
i5 te|vous _1 rencontrer
i4k passe|passer|passez|venez|venir|viens me|nous rencontrer|voir
i4k peux|peux-tu|pourrais|pourrais-tu|pourriez|pourriez-vous|pouvez|pouvez-vous _2 passer|venir _8 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
i4 aimerait|aimerions|souhaite|souhaitent|souhaiterait|souhaitons|veulent|veut|voudrait|voudrions _1 te|vous _1 recevoir|rencontrer|voir
o4 prolonger|renouveler _1 ta|votre contrat|mission
o4 prolongation|reconduction|renouvellement _4 cdd|mission|stage
o4 prolongation|reconduction|renouvellement _4 contrat _1 a|de _1 duree|travail
o3 te|vous _1 proposer|proposons _2 prolongation|reconduction|renouvellement
o2 avenant
o2 convention de stage
i4 te|vous _1 propose|proposons _4 #d|creneau|entretien|jeudi|lundi|mardi|mercredi|rendez-vous|samedi|vendredi
i4 creneau|creneaux|disponibilite|disponibilites
i4 demi-journee|jour|journee d' essai|immersion
i4 mise|mises en situation
i4k faire|fassions|ferai|ferons un point _6 telephone|visio
i4 confirmer _3 disponibilite|presence|rendez-vous|venue
i3 visio|visioconference
i3 heure de abidjan|bruxelles|casablanca|dakar|geneve|montreal|paris|quebec|tunis
i4 entretien|entrevue individuel|technique|telephonique|video|visio
i4 deuxieme|premier|second entretien
i3s convocation|entretien|rendez-vous
i-2 apres|merci|suite _4 echange|echanges|entretien|entretiens|entrevue|entrevues|essai|rencontre
x5 j' ai _1 accepte|decide|refuse
x4 j' ai recu _2 offre|proposition|refus
x5 j' ai eu|passe _2 entretien|entrevue
x5 ai pas? eu _2 boulot|contrat|emploi|job|poste|stage
x5 je _2 demissionne|demissionner
x5 je _2 accepte|decline|retire
x5 a ta|votre demande _10 annule|annulee|retire|retiree
x5 m' ont _2 appele|appelee|convoque|convoquee|embauche|embauchee|fait|invite|invitee|offert|pris|prise|propose|rappele|rappelee
x5 je _5 remercier _4 proposition
x4 desabonner|desinscription|desinscrire|relecture|soumission
x4 ne plus recevoir
x4 bonne lecture
x3a gerer _2 preferences
x4 offre|offres _1 exclusive|promotionnelle|speciale
x4 nouvelles offres
x4 cette|derniere|ma|mes|mon|ta|tes|ton|vos|votre alerte|alertes
x4a bien recu
x4a accusons reception
x4a reviendrons|revenons vers vous
x4a pas encore _3 decide|decision|reuni
x4 convocation _3 sera|seront adressee|adressees|envoyee|envoyees|transmise
x4a accuse de reception
x4 comite de programme
x4 colloque|congres
x4k comite scientifique
x4k comite de lecture|redaction
x4k entrainement|match|tournoi
x4 sportivement
x4k pour _1 la? _1 publication
x4k ecrire|ecris|ecrit|prepare|preparer _4 article|papier|reportage _2 sur
x4k article|manuscrit _6 publication
x4 evaluation|relecture par les pairs
x3 evaluateurs|relecteurs|rapporteurs
x4k proposition|propositions de communication
x2 rapport
x4 offre soumise a conditions
x4a candidature _4 bien|enregistree|recue
x4 peux-tu|pourrais-tu|pouvez-vous _5 entretien|entrevue _3 candidat*
x3 du|la|le candidat|candidate
x4 j' ai _1 candidat|candidate|candidats|candidates
x4 mon cv
x5ks absence|absent|absente
x5ks reponse automatique
x4 je suis absent|absente
x4 absent|absente _4 jusqu'a|jusqu'au
x4 reponse automatique
x4 acces _2 limite|restreint
x4 conges|vacances jusqu'au
x4a seul|seules|seuls _1 les _1 candidat*|candidatures|profils _2 retenu*|selectionne*
x4a sans nouvelle|nouvelles|reponse _12 considerer
x4 enquete
x4 questionnaire de satisfaction
x4 j' ai _1 ete? _1 embauche|embauchee|pris|prise|recale|recalee|refuse|refusee
x4k commission pedagogique
x4k appel a projets
x4 notre prochaine lettre|newsletter
x4 offre de? prix|tarifaire
x4k commission d' admission
x5k parties|signataires _2 complete|signe|termine
x5k envoye des|un document|documents a examiner|signer
x4k candidature|demande|dossier _3 appartement|hlm|logement
x4k candidature|contrat|demande|dossier de location
x3 auto-ecole|lecon|lecons|secourisme
x4k appartement|logement _4 attribue|loue
x4k place _2 creche|garderie|micro-creche|multi-accueil
x4k ta|ton|votre _1 enfant|fille|fils
x3 carte vitale
o4 une mission _5 pour toi|vous
o4 la place est _2 pour toi|vous
x4k parcoursup
x4 scolarite
x4 licence|master #d
i4 es-tu|etes-vous|serais-tu|seriez-vous _1 disponible|disponibles _3 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
i2 echange|rendez-vous telephonique|visio
i4 echange telephonique
x5 je me desiste
x5 me desister
x4k appel|appels d' offres
x4k attributaire|soumissionnaire|soumissionnaires
x4k reglement de _1 consultation
x4k offre _6 classee|notee
x4 entretien|entretiens annuel|annuels|professionnel|professionnels
x4 entretien|entretiens d'|de evaluation|sortie
x4 auto-evaluation|autoevaluation|formation obligatoire
x4 ton|votre dernier jour
x3 de|pour ton|votre premier jour
x4k journaliste|reportage|reportages
x4k entretien|entrevue|interview|interviewer|portrait _6 pour _1 l'|la|le|notre|un|une _1 article|emission|episode|journal|magazine|podcast|reportage|serie
x3 auditeurs|episodes|lecteurs
x3 job dating
x4k forum|salon _3 alternance|emploi|metiers|recrutement
x4 plus de #d employeurs|entreprises|exposants|recruteurs
x4k boursier|boursiere
x4k bourse|bourses d'|doctorale|doctorales|erasmus
x4k ta|votre _1 bourse
x4k abstract|abstracts|poster|posters
x4 comme reference
x4 toutes les offres
x4 correspondant|correspondent _3 alerte|recherche
x4 lire aussi
x4k compromis de vente
x4k offre|offres d'|de achat|credit|pret
x4 pret|prets immobilier|personnel
x4 espace client|taeg
x4 je fais|ferai|mene|menerai _2 les _1 entretiens|entrevues
o5 aimerait|aimerions|souhaiterait|souhaiterions|voudrait|voudrions _2 que tu|vous _1 joignes|joigniez|rejoignes|rejoigniez
$t agent|agente|alternant|alternante|animateur|animatrice|avocat|avocate|caissier|caissiere|chauffeur|educateur|educatrice|enseignant|enseignante|formateur|formatrice|juriste|magasinier|medecin|pharmacien|pharmacienne|professeur|professeure|receptionniste|stagiaire|analyste|assistant|assistante|auxiliaire|comptable|conseiller|conseillere|consultante|coordinateur|coordinatrice|developpeur|developpeuse|directeur|directrice|gestionnaire|infirmier|infirmiere|ingenieur|ingenieure|technicien|technicienne|vendeur|vendeuse
j0.5b $t
j0.5s $t
r5 donn* _2 pas _2 suite
r5 choix d' un|une _1 autre? _1 candidat*|personne|profil*
r4 choisi|opte|optons|retenu|selectionne _1 pour? _1 un|une _1 autre? _1 candidat*|personne|profil*
r5k decide|decidons _2 retenir _2 autre|autres _1 candidat*|candidature*|personne|profil*
r4 gele|geler|gelons _3 embauches|recrutement|recrutements
r4 s' arrete|arretera _1 ici|la
r4 part|parti|partis|partons sur _1 candidat*|personne|profil*|quelqu'un
o4 bon|ok pour toi|vous comme
o4 c' est oui _3 alternance|cdd|cdi|contrat|emploi|job|poste|stage
o4 nous|on te|vous prend|prenons _4 cdd|cdi|comme|equipe|partir|poste|stage
o4 annexe|ci-joint|joint|jointe _4 contrat
o3 renvoyer|retourner _3 signe|signee|signes
o4 offrir|offrons|proposer|proposons _3 #d _2 brut|bruts|eur|euros|fixe|k|keur
i4 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi _4 t'|te|vous conviendrait|irait
i4 t'|vous attend|attendons|attendrons _4 #d|demain|jeudi|le|lundi|mardi|mercredi|samedi|vendredi
i3 heure belge|suisse
x3 lire _2 en ligne
x3 temoignage|temoignages
o4 te|vous garder _2 avec|dans|parmi _2 effectif|effectifs|equipe|nous
r5k pas _2 etre _1 donne|donnee _1 suite
r5k aucune suite _4 donnee
r4 ne repond|repondait|satisfait|satisfaites pas _4 conditions|criteres|exigences
r5 pas partie des _2 candidat*|personnes|profils
r3 candidat*|personne|profil* _3 plus _1 adapte|adaptee|experimente|experimentee|proche|senior
r4 etait|ete|sont _1 deja? _1 comble|comblee|pourvu|pourvue|pourvues|pourvus
i3 passer|venir _4 pour _2 discuter|echanger|parler
i3 quel|quelle|quelles|quels _1 creneau|date|dates|heure|jour|jours|moment _4 arrange|arrangerait|conviendrait|convient|dispo|disponible|disponibles|libre|libres
x4 chaudiere|climatisation|ramonage|vidange
x4 alti|altos|choeur|chorale|choriste|choristes|repetitions|sopranos|tenors
x4k chomage
x4 dalf|delf|ielts|tcf|tef|toefl|toeic
x4 examen|test|tests de _1 connaissance|langue|niveau
i-4 convocation a|au|aux|pour _2 examen|examens|session|test|tests
x4k france travail
x4k pole emploi
x4 actualisation|demandeur|demandeuse
x4k admission|admissions _6 annee|ecole|formation|licence|master|parcoursup|universit*
x4k decision|dossier|proposition|resultat|service _3 admission|admissions
r5k pas _2 declare|declaree|declares admis|admise|admises
x4 lequel|lesquelles|lesquels|quel|quelle|quelles|quels _2 candidat*|profils _6 recevoir|rencontrer|retenez|souhaitez|voir|voulez
x4 assister|sieger _3 entretiens|jury
i5 invite|invitee|invites|invitees a|au _1 epreuve|epreuves
i4 entretien devant _1 jury
x3 tombe|tombee sur ton|votre profil
x3 ouvert|ouverte a _2 nouvelles? opportunite|opportunites|proposition|propositions
x5 j' ai _1 decroche|obtenu|reussi _3 boulot|cdi|concours|contrat|emploi|entretien|job|poste|stage
i4 venez|viens _3 demain|dimanche|jeudi|lundi|mardi|mercredi|samedi|vendredi
r5 embauche|recrutement _12 tombe a l' eau
`;
