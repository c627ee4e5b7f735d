/**
 * The Spanish phrase rules (format: match.ts; conventions: rules.ts). The classifier applies
 * them to an email whose language is Spanish only, and the content script loads this module
 * with import() for such an email only. Spanish rules whose words also occur in mail of other
 * languages are in rules.ts, which applies to every email.
 */
export const RULES = `
x2 prueba|pruebas|test|tests psicotecnica|psicotecnicas|psicotecnico|psicotecnicos
x2 prueba|pruebas|test|tests _1 en? linea|online
x2 dias|horas _2 para completar*|hacer*|realizar*|terminar*
x3 con|para la mudanza
x4 confirmas|dime|dices|indicas si te interesa
o5 carta de? oferta
o5 ofrecemos|ofrecer|ofrecerle|ofrecerles|ofrecerte _4 cargo|contrato|empleo|pasantia|plaza|posicion|practica|practicas|puesto|trabajo|vacante
o5 chamba|curro|empleo|laburo|plaza|puesto|trabajo|vacante _8 es suya|suyo|tuya|tuyo
o4 le|te queremos|quiere|quieren para _5 como
o4 si queres|quieres _4 es tuya|tuyo
o4 podes|podrias|puede|puedes arrancar|comenzar|empezar _3 #d|jueves|lunes|manana|martes|miercoles|sabado|semana|viernes
o4 arrancas|comienzas|empiezas|entras _2 #d|domingo|jueves|lunes|manana|martes|miercoles|sabado|viernes
o4 parece|queda|sirve _2 arrancar|arrancas|comenzar|comenzas|comienzas|empezar|empezas|empiezas _3 #d|jueves|lunes|manana|martes|miercoles|sabado|semana|viernes
o5 la|le|lo|te elegimos|escogimos|seleccionamos _2 para _2 cargo|empleo|pasantia|plaza|posicion|practica|practicas|puesto|trabajo|vacante
o5 fuiste|quedaste seleccionada|seleccionado _3 cargo|empleo|pasantia|plaza|posicion|practica|practicas|puesto|trabajo|vacante
o4 aprobado|aprobo|confirmamos|confirmo _3 su|tu contratacion|incorporacion|ingreso
o4 acercarte|acercate|pasar|pasate|pases|pasese|vengas|venir _10 firmar _2 contrato*
o4 para firmar _2 contrato*|convenio
o5 propuesta economica|formal|laboral
o5 propuesta de contratacion|empleo|trabajo
o4 extenderle|extenderte _2 oferta|propuesta
o4 te queremos
o2 enhorabuena|felicidades|felicitaciones
o2 contrato de trabajo
o3 te damos la bienvenida
o3 nos complace _3 comunicarte|informarte|ofrecer*
o4 bienvenida|bienvenido _2 equipo
o4 ha|has sido seleccionada|seleccionado _3 cargo|plaza|puesto
o4 sido seleccionada|seleccionado como
o5k ha|has sido aprobada|aprobado|seleccionada|seleccionado _3 proceso|puesto|vacante
o3 adjunto _3 contrato|oferta|propuesta
o3 incorporacion|incorporarle|incorporarse|incorporarte
o3 fecha de incorporacion|ingreso
o4 nombramiento _3 estatutaria|estatutario|eventual|funcionaria|funcionario|interina|interino
o4 ampliacion|prorroga|renovacion _4 contrato _2 laboral|obra|plazo|temporal|termino|tiempo|trabajo
o3 propone|proponemos|proponerle|proponerte _2 prorroga|prorrogar*|renovacion|renovar*
o2 otrosi
o2 convenio de practicas
o2 contrato indefinido
o1 jornada completa
o2 su|tu aceptacion
o1 oferta|propuesta
r5 no _3 avanzamos|avanzar|continuamos|continuar|seguimos|seguir _2 adelante? _2 con su|tu _1 candidatura|perfil|postulacion|proceso|solicitud
r5 no _2 avanzamos|avanzan|avanzaremos|continuamos|continuan|continuaremos|seguimos|seguiremos|siguen _1 adelante? _1 contigo
r5 no _3 contamos|contar|contaremos contigo
r4 encontrado|encontramos a? _1 otra|una _1 candidata|candidato|perfil|persona
r4 quedado|quedamos|quedaron|quedo con _1 otra|otro _1 candidat*|perfil*|persona|postulante*
r4 no _2 a|en su|tu favor
r4 tomado|tomamos otra decision|direccion
r5 candidatura|perfil|postulacion|solicitud _4 no _2 considerada|considerado
r3 congelada|congelado|congelar|pausa|pausar|suspender|suspendida|suspendido _3 busqueda|contratacion|proceso|seleccion|vacante
r5 avanzamos|avanzar|continuamos|continuar|seguimos|seguir|siguieron _2 adelante? _1 con _1 otra|otras|otro|otros _1 candidat*|perfil*|persona|personas
r5 avanzar|continuar|seguir _2 con un|una _1 candidata|candidato|perfil
r5 no ha|has|hemos _2 podido|sido _1 seleccionad*|ser
r4 contratacion de otra|otro _1 candidat*|perfil|persona
r5 no _3 continuar|seguir _2 con _1 su|tu contratacion|incorporacion
r4 declarada|declarado _1 no apta|apto
r4 no fue|fueron|fuiste|resultaron|resultaste|resulto _1 seleccionad*
r5 eliminada|eliminado|excluida|excluido de|del _1 la? _1 convocatoria|oposicion|proceso|seleccion
r4 no alcanza|alcanzo|supera|supero _3 minimo
r4 no _1 alcanzaron|alcanzaste|alcanzo|fue|fueron|resulto suficiente|suficientes
r5 puesto _3 cubierto
r4 ya tengo|tenemos _1 cubierta|cubierto
r3 no hace falta que vengas|venga
r5 decidido|decidimos|preferido|preferimos _2 cubrir|ocupar _8 con un|una _1 candidata|candidato|persona
r3 conservamos|conservaremos|guardamos|guardaremos _2 curriculum|cv|datos|hoja
r5 cerramos|completamos|cubierto|cubrimos|ocupamos _2 cargo|plaza|posicion|puesto|vacante
r4 no se adapta|adecua|ajusta|encaja
r4 no _2 avanzara|avanzaras|avanzas|continuara|continuaras|continuas|seguira|seguiras|sigues|superado|superaste
r4 no _2 avanzar|continuar|seguir _3 proceso
r3 en esta ocasion|oportunidad
r4 decantado|decantamos|decanto|inclinado|inclinamos|inclino|optado|optamos|optaron|opto por _1 otra|otras|otro|otros
r5 decantado|decantamos|decanto|decidido|inclinado|inclinamos|inclino|optado|optamos|optaron|opto por un|una _1 candidata|candidato|perfil|persona|postulante|profesional|profesor|profesora
r5 otras|otros _1 candidatos|candidaturas|perfiles|postulantes
r5 a|con|por otra|otro _1 aspirante|candidata|candidato|perfil|persona|postulante
r4 cogieron|cogimos|contratamos|contrataron|elegimos|eligieron|eligio|escogieron|escogimos|escogio|seleccionamos|seleccionaron a otra|otro
r4 eligieron|eligio|escogieron|escogio|seleccionaron a alguien
r4 no _2 poder|podra|pudo _1 ser
r4 hemos contratado|elegido|escogido|seleccionado a otra|otro
r4 ya _2 cogimos|contratado|contratamos|elegido|elegimos|escogido|escogimos|seleccionado|seleccionamos a alguien
r4 preferencia _3 candidat*|perfil*|postulante*
r4 candidata|candidato|perfil interna|interno
o3 ampliarle|ampliarte|prorrogarle|prorrogarte|renovarle|renovarte _2 contrato
o5 eres|fuiste|sido _1 el|la _1 candidata|candidato|perfil _1 elegida|elegido|escogida|escogido|seleccionada|seleccionado
r5k no _5 hacerle|hacerte|ofrecerle|ofrecerte _2 oferta|plaza|propuesta|puesto
r4 anular|retiramos|retirar _3 oferta|propuesta
r5kw debemos|decidimos|hemos|obligados|tenemos|tuvimos _2 anular|cancelar|retirar|revocar _3 oferta|propuesta !si
r5kw anulamos|retiramos|revocamos _3 oferta|propuesta !si
r3 desafortunadamente|lamentablemente|lamentamos|lamento|sentimos
r3 exito|suerte en su|tu _1 busqueda|carrera|futuro
r2 base de datos|talento
i-2 gracias por _2 entrevista
i-2 despues|tras _4 entrevista|entrevistas|prueba
i4 elegir|elige|escoge|escoger|reserva|reservar _3 dia|espacio|fecha|hora|horario|hueco
i5 nos gustaria _2 conocerla|conocerle|conocerlo|conocerte
i5 hacerle|hacerte _2 una entrevista
i5k invitamos|invitarla|invitarle|invitarlo|invitarte _4 entrevista|llamada|reunion
i4 agendar|concertar|coordinar|programar _2 entrevista|llamada|reunion
i4 agendada|agendado|citarle|citarte
i4 le|te _1 va|vendria|viene _1 bien
i3 disponibilidad|franja|franjas|hueco|huecos
i4 dia|jornada|turno de prueba
i4 pasate|pasese|venis|venite|vente|vienes _4 #d|hoy|jueves|lunes|manana|martes|miercoles|sabado|viernes
i3s prueba|pruebas
i3 hora peninsular
x5 me citaron|cogieron|contrataron|convocaron|descartaron|eligieron|hicieron|invitaron|ofrecieron|rechazaron|seleccionaron
x5 me llegaron|llego _2 correo|email|mail|mensaje|respuesta
x5 me ha|han llegado _3 correo|email|mail|mensaje|respuesta
x5 me han ofrecido
x5 acabo de recibir _2 oferta|propuesta
x5 recibi la|una oferta|propuesta
x5 hice|tuve _2 entrevista
x5 presentar|presente|presento _1 la|mi _1 dimision|renuncia
x5 acepto _2 oferta|propuesta
x5 retiro mi candidatura
x4a hemos recibido _2 candidatura|cv|postulacion|solicitud
x4a candidatura|postulacion|solicitud _3 recibida|registrada
x4a registrada|registrado correctamente
x4a decimos|diremos algo
x4a aun|todavia _3 entrevistando|entrevistas|evaluando|revisando|terminando
x4 dar|darse|darte de baja
x4 haber|hayas aceptado
x4k audicion|audiciones|orquesta
x4 mira lo que
x5 a peticion|solicitud suya|tuya _6 retirada|retirado|retiramos
x5 a su|tu peticion|solicitud _6 retirada|retirado|retiramos
x4 no deseas recibir
x5k firmantes|partes _2 completado|firmado
x5k enviado un|unos documento|documentos para firmar|revisar
x4k convocatoria de ayudas|becas|subvenciones
x4k piso|vivienda _4 adjudicada|adjudicado|alquilada|alquilado
x4k plaza _3 guarderia|infantil
x4k su|tu _1 hija|hijas|hijo|hijos
x4 alquiler|inmobiliaria|inmueble|preaprobada|preaprobado|vivienda
x4 oferta exclusiva
x4 al aspirante|candidato
x3 el|la candidata|candidato
x3 hacerle tu
o5k encantaria|gustaria|queremos|quisieramos _3 formaras|formes|incorporaras|incorpore|incorpores|sumaras|sume|sumes|unieras
o5k encantaria|gustaria|queremos|quisieramos que te unas
i4 hacerle|hacerte _1 unas? _1 preguntas
o3 propuesta _5 anual|anuales|bruto|brutos|mensual|mensuales
r5k cargo|plaza|posicion|puesto|vacante _6 adjudicada|adjudicado|asignada|asignado|cubierta|cubierto|ocupada|ocupado
i5k avances|avanzar|continuar|pasar|pasaras|pases _4 etapa|fase|ronda
i4 proxima|segunda|siguiente _1 etapa|fase|ronda
i4 prueba|pruebas practica|tecnica|tecnicas
i-2 agradecemos|agradezco|gracias _8 entrevista|entrevistas|prueba|pruebas
i4 le|te queda|quedaria|serviria|sirve _4 #d|hora|horario|jueves|lunes|manana|martes|miercoles|sabado|viernes
i4 podes|podrias|puedes _4 #d|jueves|lunes|manana|martes|miercoles|sabado|viernes
x5ks ausencia|ausente|automatica
x4 fuera de la? oficina
x4 estare|estoy _2 ausente|fuera|vacaciones
x4 respuesta automatica
x4 acceso limitado
x4a solamente|solo|unicamente _6 candidat*|perfiles _1 preseleccionad*|seleccionad*
x4a no _1 recib*|tengas|tienes _1 noticias|respuesta
x4 encuesta
x4 maestria|matricula|posgrado|preinscripcion
x3 alumna|alumno|clase|clases|entrenador|entrenadora|gimnasio
x3 al|el|tu curso
x-3 clase|clases demostrativa|demostrativas|magistral|magistrales
x-3 al|el|tu curso escolar|siguiente
x-3 curso que viene
r3 no _2 es|fue|sido _1 una decision facil|sencilla
j1 canguro|cocinera|cocinero|limpiadora|ninera|peluquera|peluquero|repartidor|repartidora
j1 trabajo
j1 aspirante|aspirantes|camarera|camarero|chamba|convocatoria|curro|empleo|laburo|pasantia|posicion|postulacion|postulaste|selectivo
x3 mi|mis _1 hermana|hermano|hija|hijo|marido|novia|novio|pareja
i5 dinamica|dinamicas de grupo
i5 dinamica|dinamicas grupal|grupales
i5 jornada de seleccion
i4 le|los|te esperamos _4 #d|hoy|jueves|lunes|manana|martes|miercoles|sabado|viernes
x5 he decidido _3 no _1 aceptar|aceptarla|aceptarlo
x5 declino|rechazo _2 oferta|propuesta
x5 me han cogido|contratado|llamado|rechazado
x4k recibido|tenemos _2 contrato|contratos firmado|firmados
x4k adjudicataria|adjudicatario|licitacion|licitador|licitadores|pliego|pliegos
x4k adjudica|adjudicacion|adjudicar _3 contrato|lote|lotes|servicio|suministro
x4k expediente|mesa|plataforma de contratacion
x4 evaluacion de desempeno
x4k entrevista|reunion de feedback|salida
x4 autoevaluacion|formacion obligatoria
x4 su|tu ultimo dia
x4k periodista|reportaje|reportajes
x4k entrevista exclusiva
x4k armando|escribiendo|escribir|escribo|preparando _4 articulo|nota|reportaje _2 sobre
x4k articulo|manuscrito|ponencia _6 publicacion
x4 revision por pares
x3 evaluadores|revisores
x4k entrevista _6 para _1 el|la|nuestra|nuestro|un|una _1 diario|episodio|periodico|podcast|programa|reportaje|revista|serie
x3 episodios|lectores|oyentes
x4k feria|ferias de _1 empleabilidad|empleo|trabajo
x4 mas de #d empleadores|empresas|expositores
x4k beca|becas _3 colaboracion|doctorado|estudio|estudios|excelencia|investigacion|movilidad
x4k aceptar|renunciar|renuncias _2 beca
x4 beneficiaria|beneficiario
x4k comite|congreso|ponencia|ponencias|poster|posteres cientifico
x4 como referencia
x4 todas las ofertas|vacantes
x4 coinciden|encajan con su|tu _1 busqueda|perfil
x4 lee|leer tambien
x4k oferta de compra
x4 cuota hipoteca|mensual|prestamo|tae
o2 brutos|pagas
r5 candidatas|candidatos|perfiles|personas _3 adapta|adaptan|adecua|adecuan|ajusta|ajustan|encaja|encajan _1 mas|mejor
x4k arrendador|arrendadora|inquilina|inquilino
x4 propietaria|propietario
x4 boletin mensual|quincenal|semanal
x4 suscribase|suscribete|suscribite
$t abogada|abogado|administrativa|administrativo|analista|asistente|auxiliar|cajera|cajero|consultor|consultora|contador|contadora|coordinador|coordinadora|dependienta|dependiente|desarrollador|desarrolladora|ejecutiva|ejecutivo|enfermera|enfermero|gerente|ingeniera|ingeniero|jefa|jefe|operaria|operario|profesor|profesora|recepcionista|tecnica|tecnico|vendedor|vendedora
j0.5b $t
j0.5s $t
r4 no _2 avanza|continua|pasa|sigue _3 etapa|fase|proceso|siguiente
r5s no seleccionad*
r5 recae|recaido|recayo en|sobre
o5 encantaria|gustaria|queremos|quisieramos _2 contratarla|contratarle|contratarlo|contratarte|sumarla|sumarle|sumarlo|sumarte|tenerte
o4 arrancarias|comenzarias|empezarias|incorporarias|ingresarias _6 como|contrato|equipo|puesto|turno
i4 citacion|citada|citado|citamos
o4 quedaras|quedes|trabajaras|trabajes _6 como|equipo|plantilla
o-4 tu propuesta
r5 no _2 entre _1 las|los _3 candidat*|finalistas|perfiles|personas|seleccionad*
r3 alguien|candidat*|perfil*|persona _3 mas _1 experiencia|experimentad*|senior
r4 proceso _4 concluido|concluye|finaliza|finalizado|termina|terminado _3 aqui|contigo|ti|usted
i4 nos encantaria|interesa|interesaria _2 conocerla|conocerle|conocerlo|conocerte
i3 cual|cuales|que dia|dias|horario|horarios|momento _6 conviene|disponible|disponibles|libre|libres|podes|puedes|queda|vendria|viene
i3 acercarse|acercarte|pasar|venir _8 charlar|conocernos|conversar|hablar
x4 contraltos|coristas|coro|sopranos|tenores
x4k desempleo|sepe
x3 paro|subsidio
x4k admision|admisiones
x4k padres de familia
x5 lo|la|los|las _1 puedes|podes|podrias _1 entrevistar
x5 puedes|podes|podrias entrevistarlo|entrevistarla|entrevistarlos|entrevistarlas
x4 cual|cuales _1 de? _1 candidat*|ellas|ellos|perfiles _6 conocer|entrevistar|prefiere|prefieres|quiere|quieres|ver
x4 adjuntamos|adjunto|enviamos|envio|paso _4 curriculums|cvs|perfiles
x5 aprobe|pase|supere _3 entrevista|examen|fase|proceso|prueba
x5 consegui _3 chamba|curro|empleo|laburo|puesto|trabajo
o4 le|te enviamos|envio|mandamos|mando|pasamos|paso _2 contrato
x4 contrato de|del _2 alquiler|arriendo|casa|departamento|depto|gimnasio|internet|luz|movil|piso|seguro|telefono
x4 me cubres|cubrir|cubris _2 turno
x4 cubrirme _2 turno
x3 encontre|vi su|tu perfil
x3 abierta|abierto a _2 nuevas? oportunidad|oportunidades|propuesta|propuestas
r5 ya la|lo cubrieron|cubrimos _4 puesto?
r5 quedaron|quedo otra|otro _1 chica|chico|muchacha|muchacho|persona|piba|pibe|profe _4 puesto?
r5 no _3 buscamos|buscando|contratando|contratar|ocupamos _1 a? _1 gente|nadie|personal _4 puesto?
j1 la|tu|una pega|peguita
x4k erasmus
i4 hueco|tiempo _3 call|charla|llamada|videollamada
r3 ojala|quiza|quizas|sera _2 el|la proxima|proximo _1 ano|temporada|vez
r4 no necesitamos|necesito a? nadie
o5 partir del? _5 formara|formaras|hara|haras parte
r5 adjudicar|adjudico|otorgada|otorgar|otorgo _3 plaza|puesto|vacante _12 otra|otro _1 de? _1 los? _1 candidat*|concursante*|participante*|persona
`;
