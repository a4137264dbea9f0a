package coop.toitcommun.membership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.toitcommun.membership.account.Person;
import coop.toitcommun.membership.account.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People the house knows, with or without an account. */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository people;
    private final Clock clock;

    People(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    public Optional<PersonRef> find(long personId) {
        return people.findById(personId).map(People::refOf);
    }

    /** Several at once: one query, or none for those a read-only transaction already read. */
    public Map<Long, PersonRef> findAll(Collection<Long> personIds) {
        Map<Long, PersonRef> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(personIds)) {
            PersonRef known = ReadOnlyTransactionMemo.recall("person " + id);
            if (known != null) {
                found.put(id, known);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            people.findAllById(missing).stream().map(People::refOf).forEach(person -> {
                found.put(person.id(), person);
                ReadOnlyTransactionMemo.remember("person " + person.id(), person);
            });
        }
        return found;
    }

    public Optional<PersonRef> findByEmail(String email) {
        return people.findByEmail(Accounts.normaliseEmail(email)).map(People::refOf);
    }

    /** A person without an account, such as an organisation's contact. */
    @Transactional
    public PersonRef register(String displayName, String email, Language language) {
        String normalised = Accounts.normaliseEmail(email);
        if (people.existsByEmail(normalised)) {
            throw new EmailAlreadyUsedException(normalised);
        }
        return refOf(people.save(new Person(displayName.trim(), normalised, language, clock.instant())));
    }

    static PersonRef refOf(Person person) {
        return new PersonRef(person.getId(), person.getDisplayName(), person.getEmail());
    }
}
