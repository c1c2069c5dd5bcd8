package com.lifeos.projection.shared;

import jakarta.persistence.EntityManager;

/** The {@link NewRows} fragment of every repository that extends it. */
class NewRowsImpl<T> implements NewRows<T> {

    private final EntityManager entityManager;

    NewRowsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void insert(T row) {
        entityManager.persist(row);
    }

    @Override
    public boolean insertIfAbsent(T row) {
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row);
        if (entityManager.find(row.getClass(), id) != null) {
            return false;
        }
        entityManager.persist(row);
        return true;
    }
}
