package coop.toitcommun.membership;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Several at once, for pages that list many: one query whatever the number. */
    public Map<Long, PersonRef> findAll(Collection<Long> personIds) {
        return people.findAllById(personIds).stream().map(People::refOf)
            .collect(Collectors.toMap(PersonRef::id, Function.identity()));
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
