import type { Translation } from '../en';
import type { enRecord } from '../en/record';

/** Публичные материалы: реестр, страницы обязательств, отчёты о выполнении, отчёт докладчика. */
export const ruRecord = {
  // общие элементы
  'record.loadFailed': 'Не удалось загрузить страницу',
  'record.retry': 'Повторить попытку',
  'record.notSpecified': 'Не указано',
  'record.themes': 'Темы',
  'record.sdgTargets': 'Задачи ЦУР',
  'record.sdgCode': 'ЦУР {code}',
  'record.sdgTargetCode': 'Задача {code}',
  'record.sdgGoalTitle': '{goal} · {title}',
  'record.sdgUnknown': 'Этой задачи нет в списке задач ЦУР.',
  'record.pastDue': 'просрочено',
  'record.done': 'выполнено',
  'record.months': '{count, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',

  // ход выполнения и индикатор
  'record.status.label': 'Статус',
  'record.status.not_started': 'Не начато',
  'record.status.in_progress': 'Выполняется',
  'record.status.completed': 'Выполнено',
  'record.status.discontinued': 'Прекращено',
  'record.light.label': 'Выполнение',
  'record.light.on_track': 'В графике',
  'record.light.late': 'Просрочено',
  'record.light.silent': 'Нет отчётов',
  'record.light.finished': 'Завершено',
  'record.lightWhy.on_track':
    'В графике: просроченных сроков нет, а последние сведения об этом обязательстве поступили не ранее чем {months} назад.',
  'record.lightWhy.on_trackNew': 'В графике: просроченных сроков нет, а обязательство принято не ранее чем {months} назад, так что отчёт пока не нужен.',
  'record.lightWhy.late': 'Просрочено: срок одного из ещё не достигнутых результатов (или срок самого обязательства) истёк, а обязательство не выполнено.',
  'record.lightWhy.silent':
    'Нет отчётов: о ходе выполнения не сообщалось {months}. Краткое обновление вернёт обязательство в график.',
  'record.lightWhy.finished': 'Завершено: обязательство отмечено как выполненное или прекращённое. Примечание можно добавить и сейчас.',

  // сведения об обязательстве
  'record.field.organization': 'Организация',
  'record.field.stakeholderGroup': 'Группа заинтересованных сторон',
  'record.field.session': 'Сессия',
  'record.field.event': 'Мероприятие',
  'record.field.made': 'Дата',

  // история выполнения
  'record.history.title': 'Ход выполнения',
  'record.history.noNote': 'Без примечания.',
  'record.history.done': 'Выполнено: {list}',
  'record.history.emptyPublic': 'О ходе выполнения этого обязательства пока не сообщалось.',
  'record.history.emptyOwn': 'Вы ещё не сообщали о ходе выполнения. Здесь появится ваш первый отчёт.',

  // копирование ссылки
  'record.copy.button': 'Копировать ссылку',
  'record.copy.copied': 'Ссылка скопирована',
  'record.copy.manual': 'Скопируйте эту ссылку',

  // реестр
  'record.registry.section': 'Открытый реестр',
  'record.registry.title': 'Обязательства',
  'record.registry.eyebrow': 'Открытый реестр обязательств',
  'record.registry.intro':
    'Добровольные обязательства, взятые участниками дискуссий и аудиторией в конце сессий, и ход их выполнения по сообщениям авторов.',
  'record.registry.loading': 'Загрузка обязательств…',
  'record.registry.notFoundTitle': 'Реестр не найден',
  'record.registry.notFoundBody': 'По этому адресу нет мероприятия. Проверьте полученную ссылку.',
  'record.registry.count':
    '{count, plural, one {# обязательство} few {# обязательства} many {# обязательств} other {# обязательства}}',
  'record.registry.countOf':
    '{count, plural, one {{shown} из # обязательства} few {{shown} из # обязательств} many {{shown} из # обязательств} other {{shown} из # обязательства}}',
  'record.registry.emptyTitle': 'Публичных обязательств пока нет',
  'record.registry.emptyBody': 'Обязательства появятся здесь, как только участники дискуссий возьмут их на сессиях этого мероприятия.',
  'record.registry.noMatchTitle': 'Нет обязательств, соответствующих фильтрам',
  'record.registry.noMatchBody': 'Попробуйте другие слова или уберите фильтр.',
  'record.registry.json': 'Данные (JSON)',
  'record.registry.openPledge': 'Открыть обязательство',
  'record.registry.openPledgeOf': 'Открыть обязательство: {name}',

  // фильтры
  'record.filters.title': 'Поиск и фильтрация обязательств',
  'record.filters.search': 'Поиск',
  'record.filters.searchPlaceholder': 'Слова, имена, номера ЦУР…',
  'record.filters.searchHelp': 'Поиск по тексту, автору, организации, сессии, партнёрам и конкретным результатам.',
  'record.filters.all': 'Все',
  'record.filters.theme': 'Тема',
  'record.filters.stakeholder': 'Группа заинтересованных сторон',
  'record.filters.region': 'Региональная группа',
  'record.filters.goal': 'Цель ЦУР',
  'record.filters.status': 'Статус',
  'record.filters.light': 'Индикатор выполнения',
  'record.filters.clear': 'Сбросить фильтры',

  // публичная страница обязательства
  'record.pledge.section': 'Публичное обязательство',
  'record.pledge.docTitle': 'Обязательство: {name}',
  'record.pledge.loading': 'Загрузка обязательства…',
  'record.pledge.notFoundTitle': 'Публичное обязательство не найдено',
  'record.pledge.notFoundBody':
    'По этому адресу нет публичного обязательства. Возможно, в ссылке опечатка или обязательство было взято не для публикации.',
  'record.pledge.breadcrumb': 'Реестр',
  'record.pledge.backTo': 'Все обязательства мероприятия «{event}»',
  'record.pledge.about': 'Об этом обязательстве',
  'record.pledge.personalAt': '{organization} · в личном качестве',

  // отчёты о выполнении
  'record.followUp.section': 'Выполнение обязательства',
  'record.followUp.docTitle': 'Отчёт о выполнении обязательства',
  'record.followUp.loading': 'Открытие обязательства…',
  'record.followUp.title': 'Сообщите о ходе выполнения обязательства',
  'record.followUp.private':
    'Это личная страница: любой, у кого есть ссылка на неё, может отчитываться о вашем обязательстве. Добавьте её в закладки, чтобы вернуться; не передавайте её другим.',
  'record.followUp.publicLink': 'Публичная страница вашего обязательства',
  'record.followUp.recordOnly': 'Не для публикации: это обязательство не публичное. Его и ваши отчёты видят только организаторы.',
  'record.followUp.outside.pending.title': 'Ожидает модераторов',
  'record.followUp.outside.pending.body': 'Ваше обязательство ожидает одобрения модератора. После одобрения оно войдёт в реестр, и здесь можно будет сообщать о ходе его выполнения.',
  'record.followUp.outside.hidden.title': 'Не в реестре',
  'record.followUp.outside.hidden.body': 'Модераторы сессии убрали это обязательство из реестра, поэтому отчёты о ходе его выполнения не принимаются. Если вы считаете, что это ошибка, напишите организаторам.',
  'record.followUp.outside.rejected.title': 'Не принято',
  'record.followUp.outside.rejected.body': 'Модераторы сессии не приняли это обязательство: его нет в реестре, и отчёты о ходе его выполнения не принимаются.',
  'record.followUp.outside.reason': 'Причина, указанная модераторами: {reason}',
  'error.not_in_record': 'Этого обязательства сейчас нет в реестре, поэтому сообщить о ходе его выполнения нельзя.',
  'record.followUp.statusTitle': 'Статус',
  'record.followUp.badLinkTitle': 'Эта ссылка для отчётов не работает',
  'record.followUp.badLinkBody': 'Ссылка неполная или заменена более новой.',
  'record.followUp.badLinkHow':
    'Откройте обязательство на телефоне, с которого вы его отправили, и запросите новую ссылку для отчётов. Новая ссылка заменит эту.',

  // форма отчёта о ходе выполнения
  'record.form.title': 'Новый отчёт о ходе выполнения',
  'record.form.status': 'Как выполняется ваше обязательство?',
  'record.form.note': 'Примечание (необязательно)',
  'record.form.notePlaceholder': 'Что сделано, что дальше, ссылки на результаты…',
  'record.form.noteHelp': 'Показывается вместе со статусом на публичной странице вашего обязательства.',
  'record.form.noteHelpRecord': 'Его видят только организаторы, как и ваше обязательство.',
  'record.form.counter': '{count} / {max}',
  'record.form.chooseStatus': 'Выберите, на каком этапе ваше обязательство, затем сохраните.',
  'record.form.noteTooLong':
    '{max, plural, one {Сократите примечание до # символа.} few {Сократите примечание до # символов.} many {Сократите примечание до # символов.} other {Сократите примечание до # символа.}}',
  'record.form.delivered': 'Какие результаты уже достигнуты?',
  'record.form.deliveredHelp': 'Отметьте каждый достигнутый результат. Достигнутый результат больше не считается просроченным.',
  'record.form.date': 'Дата',
  'record.form.dateHelp': 'День, к которому относится отчёт; сегодняшний, если вы не отчитываетесь задним числом.',
  'record.form.submit': 'Сохранить отчёт',
  'record.form.saving': 'Сохранение…',
  'record.form.saved': 'Отчёт о ходе выполнения сохранён. Индикатор выполнения теперь: {light}.',

  // отчёт докладчика
  'record.links.report': 'Отчёт докладчика',
  'record.report.title': 'Отчёт докладчика',
  'record.report.docTitle': 'Отчёт: {session}',
  'record.report.loading': 'Подготовка отчёта…',
  'record.report.print': 'Печать / сохранить в PDF',
  'record.report.errorTitle': 'Не удаётся открыть отчёт',
  'record.report.unauthorized':
    'Эта ссылка не открывает отчёт: ключ неверен или был заменён. Откройте отчёт из консоли модератора или запросите у организатора действующую ссылку модератора.',
  'record.report.noKey':
    'Откройте отчёт по ссылке модератора сессии (она заканчивается на #key=…) или вставьте ниже токен администратора организаторов.',
  'record.report.when': 'Дата и время',
  'record.report.room': 'Зал',
  'record.report.format': 'Формат',
  'record.report.moderator': 'Модератор',
  'record.report.onlineModerator': 'Онлайн-модератор',
  'record.report.rapporteur': 'Докладчик',
  'record.report.speakers': 'Выступающие',
  'record.report.col.name': 'Имя',
  'record.report.policyQuestions': 'Вопросы политики',
  'record.report.prompt': 'Заданный вопрос',
  'record.report.prompts': 'Заданные вопросы',
  'record.report.promptAsked': 'Задан {time}',
  'record.report.questionN': 'Вопрос {n}',
  'record.report.answered': 'В ответ на',
  'record.report.summary': 'Сводка',
  'record.report.publicLabel':
    '{count, plural, one {публичное обязательство} few {публичных обязательства} many {публичных обязательств} other {публичного обязательства}}',
  'record.report.recordOnly':
    '{count, plural, one {# обязательство взято не для публикации и не показано.} few {# обязательства взяты не для публикации и не показаны.} many {# обязательств взяты не для публикации и не показаны.} other {# обязательства взяты не для публикации и не показаны.}}',
  'record.report.noRecordOnly': 'Обязательств не для публикации нет.',
  'record.report.withheld':
    '{count, plural, one {# публичное обязательство не показано модераторами (ожидает, скрыто или отклонено).} few {# публичных обязательства не показаны модераторами (ожидают, скрыты или отклонены).} many {# публичных обязательств не показаны модераторами (ожидают, скрыты или отклонены).} other {# публичного обязательства не показаны модераторами (ожидают, скрыты или отклонены).}}',
  'record.report.recordOnlyWithheld':
    '{count, plural, one {# обязательство не для публикации модераторы не включили в реестр (ожидает, убрано или отклонено).} few {# обязательства не для публикации модераторы не включили в реестр (ожидают, убраны или отклонены).} many {# обязательств не для публикации модераторы не включили в реестр (ожидают, убраны или отклонены).} other {# обязательства не для публикации модераторы не включили в реестр (ожидают, убраны или отклонены).}}',
  'record.report.supportersLabel':
    '{count, plural, one {поддержавший} few {поддержавших} many {поддержавших} other {поддержавшего}}',
  'record.report.supportNote':
    'Поддержка: участники в зале и онлайн, поддержавшие обязательство на экране; каждое устройство учитывается один раз.',
  'record.report.support': 'Поддержка',
  'record.report.supporters':
    '{count, plural, one {# поддержавший} few {# поддержавших} many {# поддержавших} other {# поддержавшего}}',
  'record.report.pledges': 'Обязательства по группам заинтересованных сторон',
  'record.report.pledgeCount':
    '{count, plural, one {# обязательство} few {# обязательства} many {# обязательств} other {# обязательства}}',
  'record.report.noPledges': 'На этой сессии публичных обязательств не взято.',
  'record.report.counts': 'Статистика',
  'record.report.countsNote':
    'По публичным обязательствам. Обязательство учитывается один раз по каждой указанной в нём теме, цели и задаче.',
  'record.report.byGroup': 'По группам заинтересованных сторон',
  'record.report.byTheme': 'По темам',
  'record.report.byGoal': 'По целям ЦУР',
  'record.report.byTarget': 'По задачам ЦУР',
  'record.report.noSdg': 'Ни в одном публичном обязательстве не указаны задачи ЦУР.',
  'record.report.col.theme': 'Тема',
  'record.report.col.goal': 'Цель',
  'record.report.col.target': 'Задача',
  'record.report.col.targetText': 'Официальный текст',
  'record.report.col.pledges': 'Обязательства',
  'record.report.activity': 'Действия модераторов',
  'record.report.noActivity': 'В этой сессии действий не зарегистрировано.',
  'record.report.col.time': 'Время',
  'record.report.col.what': 'Действие',
  'record.report.generated': 'Сформировано в {app}: {time}.',

  // the capacity a pledge was made in, as its page labels it
  'pledge.capacity.individual': 'В личном качестве',
  'pledge.capacity.organization': 'От имени организации',
} as const satisfies Translation<typeof enRecord>;
