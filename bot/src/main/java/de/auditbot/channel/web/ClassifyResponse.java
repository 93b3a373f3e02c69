package de.auditbot.channel.web;

import java.util.List;

/**
 * What {@code POST /api/v1/classify} answers: the best label, its confidence and every label
 * considered, best first.
 */
record ClassifyResponse(String label, double confidence, List<Alternative> alternatives) {

    record Alternative(String label, double confidence) {
    }
}
