/**
 * Where conversations live: MongoDB through Spring Data. With no URI configured the bot starts an
 * embedded MongoDB-wire server (mongo-java-server, H2 file) so it runs with zero installation; the
 * data model stays within what both that server and a real MongoDB support (no transactions, no
 * change streams, no TTL indexes). Health is a plain ping on the admin database.
 */
package de.auditbot.store;
