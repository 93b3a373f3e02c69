/**
 * A standard as data: categories, principles and check questions, loaded and validated from one
 * folder of dialogs/ per catalog. Nothing about a particular standard is written in Java.
 */
package de.auditbot.audit.catalog;
