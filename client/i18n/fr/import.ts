import type { Translation } from '../en';
import type { enImport } from '../en/import';

/**
 * Les problèmes de l’import du programme, par code (shared/import-problems.ts). Les noms de
 * colonnes, les codes de session et les valeurs citées du fichier restent tels qu’écrits.
 */
export const frImport = {
  'org.import.issue.not_csv':
    'Le fichier n’est pas un CSV valide : {problem, select, quote_in_field {guillemet dans un champ sans guillemets} text_after_quote {texte après un guillemet fermant} other {un champ entre guillemets n’est pas refermé}}.',
  'org.import.issue.empty_file': 'Le fichier est vide : il lui faut une ligne d’en-tête et une ligne par intervenant.',
  'org.import.issue.unknown_column': 'Colonne inconnue « {column} ». Colonnes reconnues : {known}.',
  'org.import.issue.repeated_column': '{count, plural, one {La colonne « {column} » apparaît # fois.} other {La colonne « {column} » apparaît # fois.}}',
  'org.import.issue.missing_columns': '{count, plural, one {Colonne manquante : {columns}.} other {Colonnes manquantes : {columns}.}}',
  'org.import.issue.no_rows': 'Le fichier a un en-tête mais aucune ligne.',
  'org.import.issue.too_many_sessions':
    '{count, plural, one {Le fichier contient # session ; un import en accepte au plus {max}.} other {Le fichier contient # sessions ; un import en accepte au plus {max}.}}',
  'org.import.issue.extra_cells':
    '{cells, plural, one {Cette ligne a # cellule, mais l’en-tête nomme {columns} colonnes.} other {Cette ligne a # cellules, mais l’en-tête nomme {columns} colonnes.}}',
  'org.import.issue.empty_code': 'Le code de session est vide.',
  'org.import.issue.session_exists': 'La session « {session} » existe déjà dans cet événement.',
  'org.import.issue.value_differs': 'La valeur {column} « {value} » diffère de « {earlier} » à la ligne {earlierLine} pour la même session.',
  'org.import.issue.bad_time': 'La valeur {column} « {value} » n’est pas une date et une heure telles que 2025-06-24 09:00.',
  'org.import.issue.empty_speaker': 'Le nom de l’intervenant est vide.',
  'org.import.issue.empty_group': 'Le groupe de parties prenantes est vide (valeurs possibles : {groups}).',
  'org.import.issue.unknown_group': 'Groupe de parties prenantes inconnu « {value} » (valeurs possibles : {groups}).',
  'org.import.issue.unknown_region': 'Groupe régional inconnu « {value} » (valeurs possibles : {regions}).',
  'org.import.issue.speaker_twice': 'L’intervenant « {name} » figure deux fois dans la session « {session} ».',
  'org.import.issue.no_title': 'La session « {session} » n’a pas de titre.',
  'org.import.issue.panel_too_big':
    '{count, plural, one {La session « {session} » compte # intervenant ; un panel en compte au plus {max}.} other {La session « {session} » compte # intervenants ; un panel en compte au plus {max}.}}',
  'org.import.issue.too_long':
    '{max, plural, one {La valeur {column} de la session « {session} » est trop longue : # caractère au plus.} other {La valeur {column} de la session « {session} » est trop longue : # caractères au plus.}}',
  'org.import.issue.too_many_questions':
    '{count, plural, one {La session « {session} » compte # question de politique ; une session en compte au plus {max}.} other {La session « {session} » compte # questions de politique ; une session en compte au plus {max}.}}',
  'org.import.issue.question_too_long':
    '{max, plural, one {La question de politique {n} de la session « {session} » compte {length} caractères : # caractère au plus.} other {La question de politique {n} de la session « {session} » compte {length} caractères : # caractères au plus.}}',
  'org.import.issue.empty_value': 'La valeur {column} de la session « {session} » est vide.',
  'org.import.issue.bad_value': 'La valeur {column} de la session « {session} » n’est pas valide.',
  'org.import.issue.end_before_start': 'La session « {session} » doit se terminer après son début.',
} as const satisfies Translation<typeof enImport>;
