package de.auditbot.conversation;

/**
 * Where an audit stands.
 *
 * @param answered       questions with an answer
 * @param total          questions in the catalog
 * @param principle      number of the principle being asked, or null outside a question
 * @param principleTitle its title
 * @param position       its position in the catalog, starting at 1 (0 outside a question)
 * @param principles     the number of principles in the catalog
 * @param categoryTitle  title of its category
 */
public record Progress(int answered, int total, Integer principle, String principleTitle, int position,
        int principles, String categoryTitle) {

    public static Progress none() {
        return new Progress(0, 0, null, null, 0, 0, null);
    }
}
