import type { ByRole, Pack } from '../types';

const DAYS = 'domingo lunes martes miércoles jueves viernes sábado'.split(' ');
const OFFER = ' la oferta para {job}[ en {co}]';
/**
 * Usted in the formal tone, tú otherwise (`{usted|tú}`). Nothing agrees with the gender of the
 * writer or reader: no "encantado/a", "agradecido/a", "Estimado/a".
 */
const OFFER_THANKS: ByRole<string[]> = [
  [
    `Muchas gracias por${OFFER} y por guiarme con tanta claridad durante todo el proceso.`,
    `{Le|Te} agradezco mucho${OFFER} y toda {su|tu} ayuda a lo largo del proceso.`,
  ],
  [
    `Muchas gracias por${OFFER} y por el tiempo que {dedicó|dedicaste} a presentarme {su|tu} equipo.`,
    `{Le|Te} agradezco mucho${OFFER} y la confianza que {ha|has} depositado en mí.`,
  ],
  [
    `Muchas gracias por${OFFER} y por el tiempo que me {dedicó|dedicaste} durante las entrevistas.`,
    `{Le|Te} agradezco mucho${OFFER} y la calidad de nuestras conversaciones.`,
  ],
];

export const es: Pack = {
  hi: ['Buenos días, {full}:', 'Hola, {first}:', 'Hola, {first}:', 'Buenos días:'],
  bye: [
    ['Un cordial saludo,', 'Atentamente,'],
    ['Un saludo,', 'Un saludo cordial,'],
    ['Saludos,', 'Un saludo,'],
  ],
  job: (t) => (t ? `el puesto de ${t}` : 'el puesto'),
  day: (d, by) => `${by ? 'antes del' : 'el'} ${DAYS[d]}`,
  tag: '[ – {title} en {co}| – {title}| – {co}]',
  hl: 'Destaco sobre todo {hl}.',
  topic: 'Me pareció especialmente interesante nuestra conversación sobre {topic}.',
  ask: 'Si {tiene|tienes} un momento, {le|te} agradecería cualquier comentario que me ayude a mejorar.',
  why: [
    'He aceptado otra oferta que encaja mejor con mis planes en este momento.',
    'He decidido quedarme en mi puesto actual por ahora.',
    'Se trata de una decisión por motivos personales, y ahora no es el momento adecuado para mí.',
    'Creo que en este momento no es la opción adecuada para mí.',
  ],
  extra: [
    'Valoré mucho la claridad y la amabilidad con que me {mantuvo|mantuviste} al tanto en cada paso.',
    'Me resultó muy valiosa {su|tu} visión sobre hacia dónde se dirige el equipo.',
    'Valoré mucho {sus|tus} preguntas tan acertadas durante la entrevista.',
  ],
  sit: {
    'decline-offer': {
      subj: 'Gracias por la oferta{tag}',
      thank: OFFER_THANKS,
      main: [
        'Después de pensarlo detenidamente, he decidido no aceptar la oferta.',
        'No ha sido una decisión fácil, pero he decidido declinar la oferta.',
      ],
      short: 'Espero que sigamos en contacto.',
      end: [
        'Me encantaría seguir en contacto, y espero que nuestros caminos vuelvan a cruzarse.',
        'Espero que podamos mantenernos en contacto y tener la oportunidad de colaborar en el futuro.',
        'Tengo un gran aprecio por [{co}|{su|tu} equipo] y espero que sigamos en contacto.',
      ],
      extra: [null, 'Aprendí mucho de nuestras conversaciones sobre los proyectos del equipo.', null],
    },
    'accept-offer': {
      subj: 'Aceptación de la oferta{tag}',
      thank: OFFER_THANKS,
      main: [
        'Me alegra mucho aceptar la oferta, y tengo muchas ganas de incorporarme al equipo[ de {co}].',
        'Acepto la oferta con mucha ilusión y tengo ganas de empezar[ en {co}].',
      ],
      short: 'Quedo a la espera de los próximos pasos.',
      end: [
        '{Le agradecería que me indicara|Cuéntame} los próximos pasos y lo que {necesite|necesites} de mi parte.',
        'Quedo a {su|tu} disposición para cualquier documento o dato que haga falta.',
      ],
      extra: [
        'Toda la experiencia ha sido muy fluida y agradable.',
        'Tengo muchas ganas de trabajar {con usted|contigo} y con el equipo.',
        'Espero con ilusión colaborar {con usted|contigo}.',
      ],
    },
    'undecided-offer': {
      subj: 'Muchas gracias por la oferta{tag}',
      thank: OFFER_THANKS,
      main: [
        'Me gustaría tomarme un poco de tiempo para valorarla con calma, y {le|te} responderé [{by}|en los próximos días].',
        'Antes de decidir, quisiera unos días para pensarlo bien; {tendrá|tendrás} mi respuesta [{by}|antes del final de la semana].',
      ],
      short: 'Si {necesita|necesitas} una respuesta antes, {avíseme|avísame}.',
      end: [
        'Si {necesita|necesitas} una respuesta antes, no {dude|dudes} en decírmelo.',
        'Si hay algún plazo por {su|tu} parte, {le|te} agradecería que me lo {indicara|indicaras}.',
      ],
    },
    'after-rejection': {
      subj: 'Gracias por {su|tu} respuesta{tag}',
      thank: [
        [
          'Muchas gracias por {su|tu} mensaje y por acompañarme durante todo el proceso[ en {co}].',
          '{Le|Te} agradezco la respuesta y el seguimiento tan cuidadoso de mi candidatura para {job}.',
        ],
        [
          'Muchas gracias por {su|tu} mensaje y por el tiempo que {dedicó|dedicaste} a presentarme {su|tu} equipo[ en {co}].',
          '{Le|Te} agradezco la respuesta y nuestra conversación sobre {job}[ en {co}].',
        ],
        [
          'Muchas gracias por {su|tu} mensaje y por el tiempo que me {dedicó|dedicaste} en las entrevistas[ de {co}].',
          '{Le|Te} agradezco la respuesta y la conversación tan agradable sobre {job}.',
        ],
      ],
      main: [
        'Aunque esperaba otro resultado, he aprendido mucho sobre [{co}|el equipo] y respeto {su|tu} decisión.',
        'Entiendo {su|tu} decisión y me alegra haber conocido más de cerca [{co}|el equipo].',
      ],
      short: 'Me encantaría que {me tuviera|me tuvieras} en cuenta en el futuro; sigamos en contacto.',
      end: [
        'Me encantaría que {me tuviera|me tuvieras} en cuenta para futuras oportunidades, y espero que sigamos en contacto.',
        'Estaré pendiente de futuras vacantes[ en {co}] y me gustaría mantener el contacto.',
      ],
    },
    'after-interview': {
      subj: 'Gracias por la entrevista{tag}',
      thank: [
        [
          'Muchas gracias por organizar mi entrevista para {job}[ en {co}][ {day}] y por estar tan pendiente de todo.',
          '{Le|Te} agradezco mucho la coordinación tan fluida de mi entrevista para {job}[ en {co}].',
        ],
        [
          'Muchas gracias por {reunirse|reunirte} conmigo[ {day}] para hablar sobre {job}[ en {co}] y los planes de {su|tu} equipo.',
          '{Le|Te} agradezco que {se tomara|te tomaras} el tiempo de presentarme {su|tu} equipo y {job}[ en {co}].',
        ],
        [
          'Muchas gracias por el tiempo que me {dedicó|dedicaste}[ {day}] para hablar sobre {job}[ en {co}].',
          '{Le|Te} agradezco la conversación sobre {job}[ en {co}] y {sus|tus} preguntas tan interesantes.',
        ],
      ],
      main: [
        '{La entrevista reforzó mi interés en el puesto.|Después de la entrevista, tengo aún más ganas de unirme al equipo.}',
        'La entrevista me confirmó que me encantaría aportar a los proyectos del equipo.',
      ],
      short: 'Quedo a la espera de {sus|tus} noticias.',
      end: [
        'Si {necesita|necesitas} cualquier otra información, no {dude|dudes} en pedírmela. Quedo a la espera de {sus|tus} noticias.',
        'Estoy a {su|tu} disposición para lo que haga falta y espero con interés los próximos pasos.',
      ],
      extra: [null, null, 'Fue un verdadero placer {conocerle|conocerte}.'],
    },
    withdraw: {
      subj: 'Retiro de mi candidatura{tag}',
      thank: [
        [
          'Muchas gracias por considerarme para {job}[ en {co}] y por {su|tu} ayuda durante todo el proceso.',
          '{Le|Te} agradezco {su|tu} apoyo y la comunicación tan clara durante el proceso para {job}[ en {co}].',
        ],
        [
          'Muchas gracias por considerarme para {job}[ en {co}] y por el tiempo que {dedicó|dedicaste} a presentarme {su|tu} equipo.',
          '{Le|Te} agradezco {su|tu} tiempo y nuestras conversaciones sobre {job}[ en {co}] y los planes del equipo.',
        ],
        [
          'Muchas gracias por considerarme para {job}[ en {co}] y por el tiempo que me {dedicó|dedicaste} en la entrevista.',
          '{Le|Te} agradezco {su|tu} tiempo y nuestra conversación sobre {job}[ en {co}].',
        ],
      ],
      main: [
        '{Le|Te} escribo para {comunicarle|comunicarte} que deseo retirar mi candidatura.',
        'Después de pensarlo detenidamente, he decidido retirar mi candidatura.',
      ],
      short: 'Espero que nuestros caminos vuelvan a cruzarse.',
      end: [
        'Tengo un gran aprecio por [{co}|{su|tu} equipo] y espero que nuestros caminos vuelvan a cruzarse.',
        'Me encantaría seguir en contacto y tener la oportunidad de colaborar en el futuro.',
      ],
    },
    'keep-in-touch': {
      subj: 'Sigamos en contacto[ – {co}]',
      thank: [
        [
          'Espero que {esté|estés} muy bien. Quería {agradecerle|agradecerte} de nuevo {su|tu} ayuda durante el proceso para {job}[ en {co}] hace unos meses.',
        ],
        [
          'Espero que {esté|estés} muy bien. Sigo recordando nuestras conversaciones sobre {su|tu} equipo[ en {co}] y quería {agradecerle|agradecerte} de nuevo {su|tu} tiempo.',
        ],
        [
          'Espero que {esté|estés} muy bien. Quería {agradecerle|agradecerte} de nuevo nuestra conversación sobre {job}[ en {co}] hace unos meses.',
        ],
      ],
      main: ['Sigo con interés las novedades de [{co}|{su|tu} equipo] y me encantaría saber cómo van las cosas.'],
      short: 'Espero que sigamos en contacto.',
      end: [
        'Si surge un puesto en el que pueda aportar, me encantaría saberlo. En cualquier caso, me gustaría seguir en contacto.',
        'Cuando {le|te} venga bien, me encantaría que nos pusiéramos al día; espero que sigamos en contacto.',
      ],
      extra: ['', '', ''],
    },
  },
};
