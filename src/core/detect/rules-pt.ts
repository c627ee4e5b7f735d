/**
 * The Portuguese phrase rules (format: match.ts; conventions: rules.ts). The classifier applies
 * them to an email whose language is Portuguese only, and the content script loads this module
 * with import() for such an email only. Portuguese rules whose words also occur in mail of other
 * languages are in rules.ts, which applies to every email.
 */
export const RULES = `
x4 nao _2 financiad*|contemplad*
x5 nao passei
x2 teste|testes de psicotecnico|psicotecnicos|raciocinio
x2 teste|testes _1 online
x2 dias|horas _2 para completar|concluir|fazer|realizar
r5 ja _1 arranjamos|arranjei|contratamos|encontramos|pegamos _2 alguem|pessoa _4 vaga?
r5 ja _2 equipa|equipe _2 completa|fechada _4 vaga?
x4 campeonato|torneio|treino
x5k lembrete|notificacoes _4 evento|calendario
x3 jogo
x4 cobres|cobrir|substituir|trocar _2 meu plantao|turno
i-3 aquela|daquela|naquela entrevista
i-3 entrevista da|de ontem
o5 proposta de contratacao|emprego|trabalho
o5 proposta formal|salarial
o5 carta-proposta
o5 carta proposta
o5 vaga _6 e sua|tua
o3 carteira assinada
o3 propoe|propomos|propor _2 prorrogacao|renovacao
o2 adenda
o3 compromisso|contrato de estagio
o2 bolsa-auxilio
o2 bolsa mensal
o3 contar com voce
o5 que assumas|assumisses _2 cargo|funcao|lugar|posto
o5 lugar|posto|vaga e teu|tua|seu|sua
o4 entras|entra|comecas|comeca como
x-4 que assumas|assumisses _2 cargo|funcao|lugar|posto
o2 escalao|nivel salarial
o3 contar consigo|contigo
o5 foi selecionada|selecionado _1 para integrar
o5 convid* _3 integrar
o4 foi selecionada|selecionado _3 cargo|funcao|lugar|posicao|vaga
o5 queremo-la|queremo-lo|queremos-te _4 como|connosco|conosco|equipa|equipe
o5k foi|foste|voce aprovada|aprovado _3 cargo|processo|selecao|seletivo|vaga
o5k aprovada|aprovado para _4 estagio
o3 proposta _3 anexo
i4 agendar|combinar|marcar _3 bate-papo|conversa|entrevista|papo|reuniao
i5 selecionada|selecionado _3 entrevista|etapa|fase|proxima
o2 parabens
o3 temos o gosto|prazer _3 comunicar|informar|oferecer|propor
o4 apresentar|enviar _3 proposta _3 cargo|funcao|posicao|vaga
o5 oferecemos|oferecemos-lhe|oferecemos-te|oferecer|oferecer-lhe|oferecer-te _4 cargo|emprego|estagio|lugar|posicao|vaga
o4 fazer parte _1 da|do _1 equipa|equipe|time
o4 gostariamos de lhe|te _1 convidar _2 fazer parte
o3 seja bem-vinda|bem-vindo
o1 estagio
o2 inicio previsto
o2 data de inicio
o2 contrato de trabalho
o3 anexo|segue|seguem _3 contrato
o2 sem termo
o1 de acordo
o1 proposta
r5 nao _2 avancar|avancaremos|continuar|prosseguir|prosseguiremos|seguir|seguira|seguiremos _2 candidatura|etapa|fase|frente|processo|proxima
r5 nao _2 avancar|avancaremos|continuar|prosseguir|prosseguiremos|seguir|seguira|seguiremos com _3 candidatura|contigo|contratacao|nome|perfil|processo|si|voce
r5 avancamos|avancar|fomos|prosseguimos|prosseguir|seguimos|seguir _1 com _1 outra|outras|outro|outros _1 candidat*|perfil*|pessoa|pessoas|profissionais|profissional
r5 avancar|prosseguir|seguir _1 com _1 um|uma _1 candidata|candidato|perfil
r5k cargo|posicao|vaga _12 atribuida|atribuido|ocupada|ocupado|preenchida|preenchido
r4 optamos por _1 avancar|continuar|outra|outro|seguir|um|uma
r5 decidimos|optamos|vamos avancar|continuar|ficar|seguir com um|uma _1 candidata|candidato|pessoa|professor|professora|profissional
r5k avancar|continuar|prosseguir|seguir com _1 outras|outros _2 candidat*|perfis|pessoas|profissionais
r5k candidatura _3 nao _2 avanca|avancar|avancara|prossegue|prosseguira|segue|seguira
x3 prazo|prazos de candidatura|candidaturas
r2 boa sorte
r5k excluida|excluido do _1 concurso|procedimento|processo
r4 nao _2 obteve|obtido _3 classificacao|nota|pontuacao|valoracao minima
r5 nao _2 atingiu|alcancou|atingiste|alcancaste _3 nota|pontuacao|classificacao _2 minima|corte
r4 ficou|foi|foste _1 excluida|excluido
r5 nao _2 foi|foste|sera|seras|sido _1 admitid*|classificad*|contratad*|seleccionad*|selecionad*
r5 fechamos|ocupamos|preenchemos _2 cargo|posicao|vaga
r4 nao _2 a|em seu|sua|teu|tua favor
r4 tomamos|tomou outra decisao|direcao|direccao
r4 contratamos|escolhemos|selecionamos outra|outro
r4 ja _1 arranjamos|contratamos|encontramos|escolhemos|selecionamos alguem|pessoa
r4 preferencia _3 candidat*|perfil*
r4 candidata|candidato|colaborador|colaboradora|funcionaria|funcionario|perfil|profissional|vendedor|vendedora interna|interno
o5 e|es|foi|foste _1 a|o _1 candidata|candidato|perfil _1 escolhida|escolhido|selecionada|selecionado
r5 candidatura|perfil _4 nao _2 considerada|considerado
r3 congelada|congelado|congelamento|pausa|suspendemos|suspensa|suspenso _3 contratacao|contratacoes|processo|vaga
r4 nao _2 aprovada|aprovado|aprovados
r4 nao _2 passaste|passou _3 etapa|fase|proxima
r4 nao foi possivel
r5 nao _1 e|sera|seria possivel _3 admiti*|contar|contrata*|integra*
r4 vagas _3 ja _2 ocupadas|preenchidas
r2 nesta oportunidade
r2 desta vez
r5k nao _5 apresentar|fazer|oferecer _3 oferta|proposta|vaga
r4 outra|outro _1 candidata|candidato|profissional
r5 fechamos|fechando|fechei|fechou|ficamos|ficando|ficar|ficou|fiquei com _1 outra|outro|um|uma _1 candidata|candidato|moca|pessoa|profissional|rapaz
r3 fica para|pra _1 proxima
r4 retirar _3 proposta
r5kw decidimos|precisamos|tivemos|vamos _2 anular|cancelar|retirar|revogar _3 oferta|proposta !se
r5kw cancelamos|retiramos|revogamos _3 oferta|proposta !se
r3 desafortunadamente|desilusao
r3 sucesso na sua|tua _1 busca|carreira|jornada
r2 banco de talentos
i5k convid* _5 bate-papo|conversa|dinamica|entrevista|etapa
o4 renovacao de|do _1 seu? contrato
o4 prorrogacao|renovacao _4 contrato _2 estagio|experiencia|temporario|termo|trabalho
i5 agendada|agendamos|agendar _3 conversa|entrevista|horario
i4 gostariamos de _1 lhe|te? _1 conhecer
i3 disponibilidade
i4k quais|qual|que _1 dia|dias|horario|horarios _6 convem|disponiveis|disponivel|jeito|livre|livres|melhor|prefere
i4 dia|manha|tarde|turno a|de experiencia|teste
i4 dia|turno experimental
i4 #d minutos de antecedencia
i3 horario de brasilia
i3 hora de lisboa
i2 proxima etapa
i-2 agradecemos|agradeco|obrigada|obrigado _8 entrevista
i-2 participacao|participado|participar _5 entrevista
i-2 apos|depois|seguimento|sequencia _4 entrevista|entrevistas|experiencia|teste
i-2 feedback|resultado|retorno da|de|do|sobre _2 entrevista|entrevistas|teste
i4 escolha|escolhe|escolher|reservar|reserve _3 data|dia|horario
i3s convite
x5 fizeram-me|ofereceram-me _2 oferta|proposta
x5 a seu|teu pedido _10 cancelada|cancelamos|retirada|retiramos
x5 me fizeram|ofereceram _2 oferta|proposta
x5 me enviaram|mandaram|mandou _4 e-mail|email|mensagem|resposta
x5 aceito _2 proposta
x5 acabei de receber _2 oferta|proposta
x5 recebi a|uma oferta|proposta
x5 fiz|tive _2 entrevista
x5 acabei|decidi|pedi|preciso|vou _3 demissao
x5 retiro _2 candidatura
x4a recebemos _2 candidatura|curriculo
x4a candidatura _3 enviada|recebida|registada|registrada
x3a caso _4 perfil
x4a daremos|retornaremos _3 retorno|semana
x4a ainda _3 analisando|avaliando|entrevistando|entrevistas
x4a a|seu|sua _1 inscricao _3 concluida|confirmada|realizada|recebida
x2a acompanhar|acompanhe _3 andamento|status
x3 a|o candidata|candidato
x3 novas vagas
x4 alerta de vagas
x4 descadastrar|encomenda|reembolso
x4 deixar de receber
x4 cancelar _2 inscricao|subscricao
x3 aluna|aluno|aula|aulas|inscricao
x4k financiamento
r5k congel*|suspend* _3 admissoes|contratacoes
x3 ao|o|seu|teu curso
x3 episodio|ouvintes
o5k lhe|te|voce ter como|connosco|conosco
o5k ter lhe|te|voce como|conosco
o2 pj
o2 comecando|inicio dia|em|no #d
o3 proposta _5 bruto|brutos|mensais|mensal
o3 bem-vinda|bem-vindo _2 equipa|equipe|time
i4 proxima|segunda _1 etapa|fase
x5k assinantes|partes _2 assinaram|concluiram
x5k enviou um|uns documento|documentos para assinar|assinatura|revisar
x4k candidatura|inscricao _3 apartamento|habitacao
x3 cpf|ctps|rg
x3 comprovante de endereco|residencia
x4k avis*|comunic*|inform*|retorn* _1 se foi|for|sera|seu|sua|voce
x4a apenas|somente _6 candidat*|perfis _1 aprovad*|selecionad*
x4a nao _1 receb*|tenha|tiver _2 contato|resposta|retorno
x5ks ausencia|ausente|automatica
x4 fora do escritorio
x4 estarei|estou _2 ausente|ferias|fora
x4 resposta automatica
x4 acesso limitado|restrito
x4 pesquisa de experiencia|satisfacao
x5 fomos|fui _1 chamad*|contratad*|recusad*|rejeitad*|reprovad*
x4 sisu|vestibular
x4 admissao|candidatura|inscricao|matricula _3 mestrado
x4k bolsa|bolsas de doutorado|doutoramento|estudo|estudos|investigacao|mestrado|pesquisa
x4k vaga|vagas de estacionamento|garagem
x4k vaga _2 bercario|creche
x4k seu|sua|teu|tua _1 filha|filho|filhos
x4k apartamento|imovel _4 alugado|arrendado|atribuido
o5k queremos|quero _3 te|voce _3 connosco|conosco|equipa|equipe|gente|time
x5 retirar|retiro _1 a? _1 minha candidatura
x5 desisto _2 candidatura|processo|vaga
x4k recebemos _3 contrato assinado
x4k adjudicacao|adjudicar|adjudicataria|adjudicatario|empreitada
x4k caderno de encargos
x4k contratacao|contratos publica|publicos
i4 para conversarmos|falarmos sobre _3 cargo|emprego|lugar|trabalho|vaga
x4k nao fiquei com _1 a|o _1 emprego|lugar|vaga
x4 avaliacao de desempenho
x4 autoavaliacao|conversa de feedback|portal do colaborador|recrutamento interno|vagas internas
x4k entrevista de desligamento|saida
x4 seu|teu ultimo dia
x4k jornalista
x4k entrevista exclusiva
x4k escrevendo|escrever|escrevo|preparando _4 artigo|materia|reportagem _2 sobre
x4k artigo|manuscrito _6 publicacao
x4 revisao por pares
x3 avaliadores|pareceristas|revisores
x4k entrevista|entrevistar _6 para _1 a|nossa|nosso|o|um|uma _1 episodio|jornal|podcast|programa|reportagem|revista|serie
x3 episodios|leitores
x4k feira|feiras de _1 carreiras|empregabilidade|emprego|estagios
x4 mais de #d empregadores|empresas|expositores
x4kb arrendamento|arrendar|fiador|inquilino|locacao|senhorio
x4kb a|da|minha|na|nossa|pela|tua senhoria
x4k comissao|congresso cientifica|poster|posteres
x4 como referencia|referencias
x4 pedido de referencias
x4 todas as vagas
x4 combinam com _1 o? _1 seu|teu _1 alerta|perfil
x4a recebida|registada|registrada com sucesso
x3a se _3 avancar|avancares|selecionad*
x4 leia tambem
x4k proposta de compra
x4 credito emprestimo|habitacao|taeg
j1 concursal|trainee|trainees
j1 posto de trabalho
j1 emprego|trabalho
j1 precisamos|procuramos _2 alguem
j1 baba|cabeleireira|cabeleireiro|cozinheira|cozinheiro|diarista|entregador|faxineira|garcom|garconete
i3 conversa informal|rapida
$t analista|assistente|atendente|auxiliar|consultor|consultora|contabilista|contador|contadora|coordenador|coordenadora|desenvolvedor|desenvolvedora|enfermeira|enfermeiro|engenheira|engenheiro|estagiaria|estagiario|gerente|gestor|gestora|operador|operadora|professor|professora|programador|programadora|rececionista|recepcionista|tecnica|tecnico|vendedor|vendedora
j0.5b $t
j0.5s $t
r4 candidatura|participacao _10 encerrada|finalizada
r4 encerrada|encerrado|finalizada|finalizado na|nesta etapa|fase
r5 recai|recaido|recaiu em|sobre
r4 cargo|posicao|processo|vaga _5 cancelad*
r3 deixa|deixou de existir
o5 propomos|propor|propor-lhe|propor-te _3 ingresso|integracao
o5 foi|foste admitida|admitido _3 cargo|como|funcao|para|vaga
o5 venha|venhas trabalhar connosco|conosco
o5 te-la|te-lo|ter-te _3 connosco|conosco|equipa|equipe
i3 proximo passo e|sera|seria
i5 dinamica|dinamicas de grupo
i4 passaste|passou _3 etapa|fase|triagem
o3 contar com? consigo|contigo|voce _2 como
o4 ficamos|ficar|ficas connosco|conosco|consigo|contigo _1 como
o3 admissional
o4 comecas _2 #d|amanha|dia|quarta|quinta|segunda|sexta|terca
i3 consegue|consegues|para|pode|podes|podia|podias _1 passar|vir _5 #d|amanha|dia|quarta|quinta|sabado|segunda|sexta|terca
i4 da|dar|de _1 um _1 pulo|saltinho
i3 para|pra _1 a? _1 gente _1 conversar
x4 como correu|foi _3 entrevista
i4k conversar|conversarmos _5 #d|amanha|quarta|quarta-feira|quinta|quinta-feira|segunda|segunda-feira|sexta|sexta-feira|terca|terca-feira
i4 bater _1 um _1 papo
r5 nao _2 entre _1 as|os _3 candidat*|finalistas|perfis|selecionad*
r3 alguem|candidat*|perfil*|pessoa|profissional _3 mais _1 experiencia|experiente|experientes|senior
r4 processo _4 encerra|encerrou|finaliza|finalizou|termina|terminou _3 aqui|ti|voce
x4 contraltos|coristas|coro|naipe|sopranos|tenores
x4 batizado|casamento|madrinha|padrinho
x4 desemprego|seguro-desemprego
x4 enviamos|envio|mando|segue|seguem _4 curriculos|perfis
x4 quais|qual _1 candidat*|delas|deles _6 conhecer|deseja|entrevistar|prefere|quer
x5 passei _3 concurso|dinamica|entrevista|etapa|fase|processo|selecao|teste
x5 me aprovaram|chamaram|contrataram|convidaram|convocaram|escolheram|selecionaram
o5 convocada|convocado para _1 contratacao|admissao
x5 consegui _2 emprego|estagio|trabalho|vaga
x3 encontrei|vi o|seu|teu _1 perfil
x3 aberta|aberto a _2 novas? oportunidade|oportunidades|proposta|propostas
i4k passar|vir _16 para|pra conversar
o5 condicoes para ser admitid*|contratad*
r5 contratacao _12 nao vai mais acontecer
`;
