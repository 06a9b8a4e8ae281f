-- The PostgreSQL floor of `arwain-cli export network`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT p.email, m.joined_on, m.left_on FROM network_member m JOIN participant p ON p.id = m.participant_id ORDER BY m.participant_id) TO ':out' WITH (FORMAT csv, HEADER true)
