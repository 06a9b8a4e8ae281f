-- The floor of `arwain-cli export network`: the same columns, joined, in the same order.
.headers on
.mode csv
.once :out
SELECT p.email, m.joined_on, m.left_on
FROM network_member m JOIN participant p ON p.id = m.participant_id
ORDER BY m.participant_id;
