import type { Translation } from '../en';
import type { enImport } from '../en/import';

/**
 * Los problemas de la importación del programa, por código (shared/import-problems.ts). Los
 * nombres de columna, los códigos de sesión y los valores citados del archivo se mantienen tal
 * como están escritos.
 */
export const esImport = {
  'org.import.issue.not_csv':
    'El archivo no es un CSV válido: {problem, select, quote_in_field {hay comillas dentro de un campo sin comillas} text_after_quote {hay texto después de unas comillas de cierre} other {un campo entre comillas no está cerrado}}.',
  'org.import.issue.empty_file': 'El archivo está vacío: necesita una fila de encabezado y una fila por orador.',
  'org.import.issue.unknown_column': 'Columna desconocida «{column}». Columnas admitidas: {known}.',
  'org.import.issue.repeated_column':
    '{count, plural, one {La columna «{column}» aparece # vez.} many {La columna «{column}» aparece # de veces.} other {La columna «{column}» aparece # veces.}}',
  'org.import.issue.missing_columns': '{count, plural, one {Falta la columna: {columns}.} many {Faltan las columnas: {columns}.} other {Faltan las columnas: {columns}.}}',
  'org.import.issue.no_rows': 'El archivo tiene un encabezado pero ninguna fila.',
  'org.import.issue.too_many_sessions':
    '{count, plural, one {El archivo contiene # sesión; una importación admite como máximo {max}.} many {El archivo contiene # de sesiones; una importación admite como máximo {max}.} other {El archivo contiene # sesiones; una importación admite como máximo {max}.}}',
  'org.import.issue.extra_cells':
    '{cells, plural, one {Esta fila tiene # celda, pero el encabezado nombra {columns} columnas.} many {Esta fila tiene # de celdas, pero el encabezado nombra {columns} columnas.} other {Esta fila tiene # celdas, pero el encabezado nombra {columns} columnas.}}',
  'org.import.issue.empty_code': 'El código de la sesión está vacío.',
  'org.import.issue.session_exists': 'La sesión «{session}» ya existe en este evento.',
  'org.import.issue.value_differs':
    'El valor de {column} «{value}» difiere de «{earlier}», en la línea {earlierLine}, para la misma sesión.',
  'org.import.issue.bad_time': 'El valor de {column} «{value}» no es una fecha y hora como 2025-06-24 09:00.',
  'org.import.issue.empty_speaker': 'El nombre del orador está vacío.',
  'org.import.issue.empty_group': 'El grupo de partes interesadas está vacío (valores posibles: {groups}).',
  'org.import.issue.unknown_group': 'Grupo de partes interesadas desconocido «{value}» (valores posibles: {groups}).',
  'org.import.issue.unknown_region': 'Grupo regional desconocido «{value}» (valores posibles: {regions}).',
  'org.import.issue.speaker_twice': 'El orador «{name}» figura dos veces en la sesión «{session}».',
  'org.import.issue.no_title': 'La sesión «{session}» no tiene título.',
  'org.import.issue.panel_too_big':
    '{count, plural, one {La sesión «{session}» tiene # orador; un panel tiene como máximo {max}.} many {La sesión «{session}» tiene # de oradores; un panel tiene como máximo {max}.} other {La sesión «{session}» tiene # oradores; un panel tiene como máximo {max}.}}',
  'org.import.issue.too_long':
    '{max, plural, one {El valor de {column} de la sesión «{session}» es demasiado largo: # carácter como máximo.} many {El valor de {column} de la sesión «{session}» es demasiado largo: # de caracteres como máximo.} other {El valor de {column} de la sesión «{session}» es demasiado largo: # caracteres como máximo.}}',
  'org.import.issue.too_many_questions':
    '{count, plural, one {La sesión «{session}» tiene # pregunta de política; una sesión tiene como máximo {max}.} many {La sesión «{session}» tiene # de preguntas de política; una sesión tiene como máximo {max}.} other {La sesión «{session}» tiene # preguntas de política; una sesión tiene como máximo {max}.}}',
  'org.import.issue.question_too_long':
    '{max, plural, one {La pregunta de política {n} de la sesión «{session}» tiene {length} caracteres: # carácter como máximo.} many {La pregunta de política {n} de la sesión «{session}» tiene {length} caracteres: # de caracteres como máximo.} other {La pregunta de política {n} de la sesión «{session}» tiene {length} caracteres: # caracteres como máximo.}}',
  'org.import.issue.empty_value': 'El valor de {column} de la sesión «{session}» está vacío.',
  'org.import.issue.bad_value': 'El valor de {column} de la sesión «{session}» no es válido.',
  'org.import.issue.end_before_start': 'La sesión «{session}» debe terminar después de empezar.',
} as const satisfies Translation<typeof enImport>;
