/**
 * The passages of the Russian release news (opennet, opennews 45736,
 * http://www.opennet.ru/opennews/art.shtml?num=45736) that Russian pages quote, word for word and
 * with the news's own spelling. The glossary check (src/lib/glossary-match.ts) treats a «…»
 * quotation as the news's wording only when it is found here, so a variant inside a real quotation
 * is not a finding and a paraphrase dressed as one is. Only the quoted passages are kept, not the
 * article: the site writes in its own words and quotes, it does not republish.
 * tests/unit/release-news.test.ts checks each passage against the news itself.
 * A page that quotes a new passage adds it here.
 */
export const NEWS_QUOTATIONS_RU: readonly string[] = [
  'Начальная поддержка подключения обработчиков сбоев в гостевых системах, позволяющих автоматически решить некоторые проблемы, без аварийного завершения гостевой системы с выводом ошибки',
  'на двух хостах запускаются две идентичные копии виртуальной машины, которые получают и выполняют все внешние запросы',
  'клиенту выдаются ответы от первой, первичной, виртуальной машины (PVM)',
  'пользователь переключается на SVM, которая находится в точно таком же состоянии, как и PVM',
  'Добавлена поддержка ACPI для извлекаемых (hotplug) устройств с интерфейсом NVDIMM',
  'добавлена поддержка некоторых новых возможностей CPUID, связанных с набором инструкций AVX-512',
  'Поддержка использования сжатия при создании live-бэкапов',
  'поддержка операции unplug для дисков SCSI и устройств, совместимых с xenlinux',
  'более 1 Тб памяти и поддержка горячего извлечения/добавления памяти',
  'добавлена полноценная поддержка рендеринга с использованием OpenGL',
  'добавлена поддержка процессоров POWER9',
  'определённой части файла или устройства',
  'добавлена новая команда',
  'платформы powernv',
  'через ACPI',
];

/** The quoted passages as one text, the form the glossary check searches. */
export const RELEASE_NEWS_RU = NEWS_QUOTATIONS_RU.join('\n');
